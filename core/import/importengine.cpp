#include "importengine.h"

#include "importhistory.h"
#include "importwriter.h"
#include "rowconverter.h"
#include "rowqueue.h"

#include "export/tablewriter.h"
#include "services/fieldservice.h"
#include "services/recordstore.h"
#include "services/workspace.h"
#include "storage/bulkload.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "util/sqlutil.h"
#include "util/values.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QScopeGuard>
#include <QSqlQuery>

#include <optional>
#include <thread>
#include <vector>

namespace Patron {

namespace {

constexpr int kHeaderSearchRows = 30;
constexpr qint64 kBulkRows = 10000;

std::optional<Entity> customEntity(ImportKind kind)
{
    if (kind == ImportKind::Customers)
        return Entity::Customer;
    if (kind == ImportKind::Orders)
        return Entity::Order;
    return std::nullopt; // contacts and follow-ups have no custom fields
}

Result<QList<Record>> customDefinitions(Workspace &workspace, ImportKind kind)
{
    const auto entity = customEntity(kind);
    if (!entity)
        return QList<Record>();
    return workspace.fields().fields(*entity, false);
}

QList<ImportField> customImportFields(const QList<Record> &defs)
{
    QList<ImportField> out;
    for (const Record &d : defs) {
        const QString label = d.value(QStringLiteral("label")).toString();
        const QString key = d.value(QStringLiteral("field_key")).toString();
        // The key too: Patron's own exports name custom columns by key.
        out << ImportField{QStringLiteral("custom.") + key, label, {label, key}};
    }
    return out;
}

// The file opened at the chosen sheet, with its first rows read for header detection.
struct OpenedFile
{
    std::unique_ptr<TableReader> reader;
    QList<SourceRow> head;
    bool atEnd = false;
    int headerRow = 0;
    QStringList header;
};

Result<OpenedFile> openFile(const ImportRequest &request, int headRows)
{
    OpenedFile f;
    if (!QFileInfo::exists(request.path))
        return makeError(Error::Io, ImportEngine::tr("The file %1 does not exist.").arg(request.path));
    f.reader = TableReader::create(request.path, request.reader);
    Status s = f.reader->open();
    if (!s)
        return s.error();
    const QStringList sheets = f.reader->sheets();
    if (request.sheet < 0 || request.sheet >= sheets.size())
        return makeError(Error::Invalid, ImportEngine::tr("The file has no sheet number %1; it has %2.")
                                             .arg(request.sheet + 1)
                                             .arg(sheets.size()));
    if (request.sheet != 0) {
        s = f.reader->selectSheet(request.sheet);
        if (!s)
            return s.error();
    }
    const int wanted = std::max(headRows, kHeaderSearchRows);
    while (f.head.size() < wanted || (request.headerRow > 0 && (f.head.isEmpty() || f.head.last().number < request.headerRow))) {
        SourceRow row;
        auto more = f.reader->readRow(row);
        if (!more)
            return more.error();
        if (!more.value()) {
            f.atEnd = true;
            break;
        }
        f.head << row;
        if (f.head.size() > 100000)
            break; // a header row far down the sheet: give up looking
    }
    f.headerRow = request.headerRow > 0 ? request.headerRow : ImportEngine::detectHeaderRow(request.kind, f.head.mid(0, kHeaderSearchRows));
    bool found = false;
    for (const SourceRow &r : std::as_const(f.head)) {
        if (r.number == f.headerRow) {
            f.header = r.cells;
            found = true;
            break;
        }
    }
    if (!found) {
        if (request.headerRow > 0)
            return makeError(Error::Invalid, ImportEngine::tr("Row %1 is not in the file.").arg(request.headerRow));
        return makeError(Error::Invalid, ImportEngine::tr("The file is empty: there is no header row to read."));
    }
    for (QString &h : f.header)
        h = h.trimmed();
    return f;
}

QString fieldKeyFor(const QString &text, const QList<ImportField> &fields)
{
    const QString t = text.trimmed();
    for (const ImportField &f : fields) {
        if (f.key == t)
            return f.key;
    }
    const QString n = FieldMatcher::normalizeHeader(t);
    for (const ImportField &f : fields) {
        if (FieldMatcher::normalizeHeader(f.label) == n)
            return f.key;
        for (const QString &s : f.synonyms) {
            if (FieldMatcher::normalizeHeader(s) == n)
                return f.key;
        }
    }
    return {};
}

// A row as the reader thread hands it to the writer: converted, or why not.
struct PreparedRow
{
    enum State { Ignored, Totals, Rejected, Converted };
    SourceRow row;
    State state = Ignored;
    ImportRecord record;
    RowProblem problem;
};

struct PreparedChunk
{
    static constexpr int kSize = 256;
    std::vector<PreparedRow> rows;
    double fraction = 0; ///< of the file, after these rows
};

} // namespace

ImportEngine::ImportEngine(Workspace &workspace)
    : m_workspace(workspace)
{
}

int ImportEngine::detectHeaderRow(ImportKind kind, const QList<SourceRow> &rows)
{
    int best = 0, bestScore = 0, widest = 0;
    for (const SourceRow &r : rows) {
        int filled = 0;
        for (const QString &c : r.cells)
            filled += c.trimmed().isEmpty() ? 0 : 1;
        widest = std::max(widest, filled);
        const QStringList matched = FieldMatcher::match(kind, r.cells);
        int score = 0;
        for (const QString &m : matched)
            score += m.isEmpty() ? 0 : 1;
        if (score > bestScore) {
            bestScore = score;
            best = int(r.number);
        }
    }
    if (bestScore > 0)
        return best;
    for (const SourceRow &r : rows) {
        int filled = 0;
        for (const QString &c : r.cells)
            filled += c.trimmed().isEmpty() ? 0 : 1;
        if (filled > 0 && filled * 2 >= widest && (filled >= 2 || widest == 1))
            return int(r.number);
    }
    return 0;
}

bool ImportEngine::isTotalsRow(const SourceRow &row)
{
    static const QStringList words = {QStringLiteral("合计"), QStringLiteral("总计"), QStringLiteral("小计"),
                                      QStringLiteral("汇总"), QStringLiteral("total"), QStringLiteral("totals"),
                                      QStringLiteral("sum"), QStringLiteral("grand total"), QStringLiteral("subtotal")};
    int seen = 0;
    for (const QString &cell : row.cells) {
        const QString c = Values::toHalfWidth(cell).toLower();
        if (c.isEmpty())
            continue;
        QString word = c;
        word.remove(QLatin1Char(':')).remove(QStringLiteral("：")).remove(QLatin1Char(' '));
        for (const QString &w : words) {
            QString compact = w;
            compact.remove(QLatin1Char(' '));
            if (word == compact)
                return true;
        }
        if (++seen >= 3)
            break;
    }
    return false;
}

Result<QStringList> ImportEngine::resolveMapping(const ImportRequest &request, const QStringList &header) const
{
    return mapColumns(request, header, nullptr, true);
}

Result<QStringList> ImportEngine::mapColumns(const ImportRequest &request, const QStringList &header,
                                             QString *profileName, bool validate) const
{
    auto defs = customDefinitions(m_workspace, request.kind);
    if (!defs)
        return defs.error();
    const QList<ImportField> custom = customImportFields(defs.value());
    QList<ImportField> available = FieldMatcher::builtinFields(request.kind);
    available += custom;

    QStringList fields;
    ImportHistory history(m_workspace.database());
    if (!request.columnFields.isEmpty()) {
        fields = request.columnFields;
    } else {
        MappingProfile profile;
        bool haveProfile = false;
        if (!request.profile.isEmpty()) {
            auto p = history.profile(request.profile);
            if (!p)
                return p.error();
            profile = p.value();
            haveProfile = true;
        } else {
            auto p = history.profileForHeader(request.kind, header);
            if (p) {
                profile = p.value();
                haveProfile = true;
            } else if (p.error().code != Error::NotFound) {
                return p.error();
            }
        }
        if (haveProfile) {
            if (profileName)
                *profileName = profile.name;
            for (const QString &h : header)
                fields << profile.fields.value(FieldMatcher::normalizeHeader(h));
        } else {
            fields = FieldMatcher::match(request.kind, header, custom);
        }
    }
    while (fields.size() < header.size())
        fields << QString();
    fields = fields.mid(0, header.size());

    for (auto it = request.mapOverrides.constBegin(); it != request.mapOverrides.constEnd(); ++it) {
        const QString wantedHeader = FieldMatcher::normalizeHeader(it.key());
        int column = -1;
        for (int i = 0; i < header.size(); ++i) {
            if (FieldMatcher::normalizeHeader(header.at(i)) == wantedHeader) {
                column = i;
                break;
            }
        }
        if (column < 0)
            return makeError(Error::Invalid, tr("The file has no column \"%1\". Its columns are: %2.")
                                                 .arg(it.key(), header.join(tr(", "))));
        QString key;
        if (!it.value().trimmed().isEmpty()) {
            key = fieldKeyFor(it.value(), available);
            if (key.isEmpty())
                return makeError(Error::Invalid, tr("\"%1\" is not a field Patron can import %2 into.")
                                                     .arg(it.value(), importKindLabel(request.kind)));
        }
        // A field taken over by the override leaves the column it was guessed for.
        if (!key.isEmpty()) {
            for (QString &f : fields) {
                if (f == key)
                    f.clear();
            }
        }
        fields[column] = key;
    }

    if (!validate)
        return fields;
    QHash<QString, int> used;
    for (int i = 0; i < fields.size(); ++i) {
        const QString &key = fields.at(i);
        if (key.isEmpty())
            continue;
        bool known = false;
        for (const ImportField &f : std::as_const(available))
            known = known || f.key == key;
        if (!known)
            return makeError(Error::Invalid, tr("Column \"%1\" is mapped to \"%2\", which is not a field of %3.")
                                                 .arg(header.at(i), key, importKindLabel(request.kind)));
        if (used.contains(key))
            return makeError(Error::Invalid, tr("Columns \"%1\" and \"%2\" are both mapped to the same field; map "
                                                "one of them to another field or to nothing.")
                                                 .arg(header.at(used.value(key)), header.at(i)));
        used.insert(key, i);
    }
    const QString missing = RowConverter::missingRequiredFields(request.kind, fields);
    if (!missing.isEmpty())
        return makeError(Error::Invalid, missing);
    return fields;
}

Result<ImportPreview> ImportEngine::preview(const ImportRequest &request, int rows) const
{
    auto file = openFile(request, rows);
    if (!file)
        return file.error();
    OpenedFile &f = file.value();
    ImportPreview p;
    p.sheets = f.reader->sheets();
    p.sheet = request.sheet;
    p.format = f.reader->formatDescription();
    p.encoding = f.reader->encodingName();
    p.delimiter = f.reader->delimiter();
    p.headerRow = f.headerRow;
    p.rows = f.head.mid(0, std::max(rows, 1));
    p.header = f.header;
    p.hiddenColumns = f.reader->hiddenColumns();

    auto defs = customDefinitions(m_workspace, request.kind);
    if (!defs)
        return defs.error();
    p.availableFields = FieldMatcher::builtinFields(request.kind) + customImportFields(defs.value());

    // The preview suggests even when the mapping is not complete yet: the user finishes it.
    auto mapping = mapColumns(request, f.header, &p.profile, false);
    p.fields = mapping ? mapping.value()
                       : FieldMatcher::match(request.kind, f.header, customImportFields(defs.value()));
    return p;
}

namespace {

// Rejected rows: the file's own columns, then line and reason, so the file can be fixed
// and imported again as it is (the two extra columns are simply not mapped).
class ErrorFile
{
public:
    Status open(const QString &path, const QStringList &header)
    {
        if (path.isEmpty())
            return {};
        m_file = std::make_unique<QSaveFile>(path);
        if (!m_file->open(QIODevice::WriteOnly))
            return makeError(Error::Io, ImportEngine::tr("Cannot write the error file %1: %2").arg(path, m_file->errorString()));
        ExportOptions options;
        options.utf8Bom = true;
        QStringList columns = header;
        columns << ImportEngine::tr("Line") << ImportEngine::tr("Reason");
        m_width = int(header.size());
        m_writer = std::make_unique<TableWriter>(*m_file, options, columns);
        return m_writer->begin();
    }
    Status add(const SourceRow &row, const QString &reason)
    {
        if (!m_writer)
            return {};
        m_writer->beginRow();
        for (int i = 0; i < std::max(m_width, int(row.cells.size())); ++i)
            m_writer->text(row.cells.value(i));
        m_writer->integer(row.number);
        m_writer->text(reason);
        if (!m_writer->endRow())
            return m_writer->error();
        ++m_rows;
        return {};
    }
    /// Keeps the file only when it has rows.
    Result<QString> finish()
    {
        if (!m_writer)
            return QString();
        if (m_rows == 0) {
            m_file->cancelWriting();
            return QString();
        }
        Status s = m_writer->finish();
        if (!s)
            return s.error();
        if (!m_file->commit())
            return makeError(Error::Io, ImportEngine::tr("Cannot write the error file %1: %2")
                                            .arg(m_file->fileName(), m_file->errorString()));
        return m_file->fileName();
    }

private:
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<TableWriter> m_writer;
    int m_width = 0;
    qint64 m_rows = 0;
};

} // namespace

Result<ImportSummary> ImportEngine::run(const ImportRequest &request, const ImportProgressFn &progress) const
{
    QElapsedTimer timer;
    timer.start();
    auto file = openFile(request, 0);
    if (!file)
        return file.error();
    OpenedFile &f = file.value();
    auto mapping = resolveMapping(request, f.header);
    if (!mapping)
        return mapping.error();
    const QStringList fields = mapping.value();
    auto defs = customDefinitions(m_workspace, request.kind);
    if (!defs)
        return defs.error();
    const RowConverter converter(request.kind, fields, f.header, defs.value());

    ImportSummary summary;
    summary.dryRun = request.dryRun;
    summary.format = f.reader->formatDescription();
    summary.headerRow = f.headerRow;
    summary.header = f.header;
    summary.fields = fields;
    for (int i = 0; i < f.header.size(); ++i) {
        if (fields.value(i).isEmpty() && !f.header.at(i).isEmpty())
            summary.unmappedColumns << f.header.at(i);
    }
    ErrorFile errors;
    Status s = errors.open(request.errorFile, f.header);
    if (!s)
        return s.error();

    Database &db = m_workspace.database();
    // A row of a customer spreadsheet takes some 100–200 bytes of CSV, less in a
    // compressed XLSX: a lower bound of the row count is enough for the choices below.
    const qint64 expectedRows = f.atEnd ? qint64(f.head.size())
                                        : std::max<qint64>(f.head.size(), QFileInfo(request.path).size() / 256);
    // A big import writes each page once instead of twice (BulkLoad): at 1,000,000 rows
    // that saves about a fifth of the time. Declared before the transaction, so the
    // journal goes back to WAL after the commit or the rollback.
    std::optional<BulkLoad> bulk;
    if (!request.dryRun && expectedRows >= kBulkRows)
        bulk.emplace(db, BulkLoad::Options{});
    std::unique_ptr<Transaction> tx;
    if (!request.dryRun) {
        tx = std::make_unique<Transaction>(db);
        if (!tx->isActive())
            return tx->error();
    }
    QSqlDatabase conn = db.connection();
    const QString actor = m_workspace.store().actor();
    ImportWriter::Config config;
    config.kind = request.kind;
    config.policy = request.onDuplicate;
    config.dryRun = request.dryRun;
    config.createMissingCustomers = request.createMissingCustomers;
    config.actor = actor;
    config.expectedRows = expectedRows;
    QJsonObject mappingJson;
    for (int i = 0; i < f.header.size(); ++i)
        mappingJson.insert(f.header.at(i).isEmpty() ? QString::number(i + 1) : f.header.at(i), fields.at(i));
    if (!request.dryRun) {
        QSqlQuery q(conn);
        q.prepare(QStringLiteral("INSERT INTO import_batches (kind, file_name, imported_at, actor, mapping) "
                                 "VALUES (?, ?, ?, ?, ?) RETURNING id"));
        q.bindValue(0, importKindName(request.kind));
        q.bindValue(1, QFileInfo(request.path).fileName());
        q.bindValue(2, Values::now());
        q.bindValue(3, actor);
        q.bindValue(4, QString::fromUtf8(QJsonDocument(mappingJson).toJson(QJsonDocument::Compact)));
        if (!q.exec() || !q.next())
            return makeError(Error::Database, q.lastError().text());
        config.batchId = q.value(0).toLongLong();
    }
    ImportWriter writer(db, conn, config);
    s = writer.load();
    if (!s)
        return s.error();

    auto reject = [&](const SourceRow &row, const RowProblem &problem) -> Status {
        ++summary.rejected;
        summary.rejectReasons[problem.kind] += 1;
        if (summary.rejectedRows.size() < ImportSummary::kMaxRejectedKept)
            summary.rejectedRows << RejectedRow{row.number, problem.message, row.cells};
        return errors.add(row, problem.message);
    };
    // What can be done with a row without the database (on the reader thread for big files).
    const bool tokens = request.kind == ImportKind::Customers && !request.dryRun;
    auto prepare = [&](PreparedRow &p) {
        if (p.row.number <= f.headerRow || p.row.isBlank())
            p.state = PreparedRow::Ignored;
        else if (isTotalsRow(p.row))
            p.state = PreparedRow::Totals;
        else if (!converter.convert(p.row, &p.record, &p.problem))
            p.state = PreparedRow::Rejected;
        else {
            p.state = PreparedRow::Converted;
            if (tokens) {
                p.record.searchTokens = RecordStore::customerSearchTokens(p.record.values);
                p.record.hasSearchTokens = true;
            }
            if (request.kind == ImportKind::Customers)
                ImportWriter::prepareKeys(&p.record);
        }
    };
    auto apply = [&](PreparedRow &p) -> Status {
        const SourceRow &row = p.row;
        if (p.state == PreparedRow::Ignored)
            return {};
        ++summary.rowsRead;
        if (p.state == PreparedRow::Totals) {
            ++summary.skipped;
            ++summary.totalsRows;
            return {};
        }
        RowProblem &problem = p.problem;
        if (p.state == PreparedRow::Rejected)
            return reject(row, problem);
        ImportRecord &record = p.record;
        auto outcome = writer.write(record, &problem);
        if (!outcome) {
            if (outcome.error().code == Error::Invalid && !problem.message.isEmpty())
                return reject(row, problem);
            if (outcome.error().code == Error::Invalid || outcome.error().code == Error::Duplicate)
                return reject(row, RowProblem{tr("refused by the database"), outcome.error().message});
            return makeError(outcome.error().code, tr("Line %1: %2").arg(row.number).arg(outcome.error().message));
        }
        switch (outcome.value()) {
        case ImportWriter::Outcome::Created:
            ++summary.created;
            break;
        case ImportWriter::Outcome::Updated:
            ++summary.updated;
            break;
        case ImportWriter::Outcome::Merged:
            ++summary.merged;
            break;
        case ImportWriter::Outcome::Skipped:
            ++summary.skipped;
            break;
        }
        return {};
    };
    double fraction = f.reader->progress();
    auto report = [&]() {
        if (!progress)
            return true;
        const double secs = std::max(0.001, double(timer.elapsed()) / 1000.0);
        return progress(ImportProgress{summary.rowsRead, fraction, double(summary.rowsRead) / secs});
    };
    auto cancelled = [&]() {
        return makeError(Error::Cancelled, tr("The import was cancelled; nothing was changed."));
    };

    for (const SourceRow &row : std::as_const(f.head)) {
        PreparedRow p;
        p.row = row;
        prepare(p);
        s = apply(p);
        if (!s)
            return s.error();
    }
    if (!report())
        return cancelled();
    if (!f.atEnd) {
        // Two threads: this one matches and writes, in file order (so results are the same
        // as one thread's), while the reader thread reads, decodes and converts the next
        // rows. Chunks of rows keep the hand-over cheap; a few waiting bound the memory.
        RowQueue<PreparedChunk> queue(4);
        // Chunks go back to the reader to be freed there: glibc's malloc locks the arena
        // of the thread that allocated a block to free it, and a writer freeing the
        // reader's strings contended for it on every row (a quarter of its time).
        RowQueue<PreparedChunk> spent(8);
        std::optional<Error> readError;
        std::thread reader([&] {
            for (bool more = true; more;) {
                PreparedChunk chunk;
                if (spent.tryPop(&chunk))
                    chunk.rows.clear(); // (keeps the vector's capacity)
                for (PreparedChunk old; spent.tryPop(&old);)
                    old.rows.clear();
                chunk.rows.reserve(PreparedChunk::kSize);
                while (int(chunk.rows.size()) < PreparedChunk::kSize) {
                    PreparedRow p;
                    auto r = f.reader->readRow(p.row);
                    if (!r)
                        readError = r.error();
                    if (!r || !r.value()) {
                        more = false;
                        break;
                    }
                    prepare(p);
                    chunk.rows.push_back(std::move(p));
                }
                chunk.fraction = f.reader->progress();
                if (!queue.push(std::move(chunk)))
                    break; // the writer stopped
            }
            queue.finish();
        });
        // Stops the reader and waits for it, on every way out of this block.
        auto stop = qScopeGuard([&] {
            queue.close();
            reader.join();
        });
        PreparedChunk chunk;
        qint64 chunks = 0, freedHere = 0;
        while (queue.pop(&chunk)) {
            ++chunks;
            for (PreparedRow &p : chunk.rows) {
                s = apply(p);
                if (!s)
                    return s.error();
            }
            fraction = chunk.fraction;
            if (!spent.tryPush(std::move(chunk)))
                ++freedHere; // (when full, it is freed here)
            chunk = PreparedChunk();
            if (!report())
                return cancelled();
        }
        stop.dismiss();
        reader.join();
        qCInfo(lcImport, "%lld chunks of rows, %lld of them freed on the writer's thread", qlonglong(chunks),
               qlonglong(freedHere));
        if (readError)
            return *readError;
    }
    if (!report())
        return cancelled();
    qCInfo(lcImport, "rows read and written: %lld ms", qlonglong(timer.elapsed()));
    if (!request.dryRun && !(request.strict && summary.rejected > 0)) {
        s = writer.finish();
        if (!s)
            return s.error();
    }
    summary.usersCreated = writer.usersCreated();
    summary.customersCreated = writer.customersCreated();

    auto errorPath = errors.finish();
    if (!errorPath)
        return errorPath.error();
    summary.errorFile = errorPath.value();

    if (request.dryRun || (request.strict && summary.rejected > 0)) {
        summary.seconds = double(timer.elapsed()) / 1000.0;
        return summary; // the transaction (if any) rolls back
    }
    {
        QSqlQuery q(conn);
        q.prepare(QStringLiteral("UPDATE import_batches SET rows_read = ?, created_count = ?, updated_count = ?, "
                                 "merged_count = ?, skipped_count = ?, rejected_count = ? WHERE id = ?"));
        const QVariantList values = {summary.rowsRead, summary.created, summary.updated, summary.merged,
                                     summary.skipped,  summary.rejected, config.batchId};
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec())
            return makeError(Error::Database, q.lastError().text());
    }
    QJsonObject audit{{QStringLiteral("file"), QFileInfo(request.path).fileName()},
                      {QStringLiteral("kind"), importKindName(request.kind)},
                      {QStringLiteral("rows"), summary.rowsRead},
                      {QStringLiteral("created"), summary.created},
                      {QStringLiteral("updated"), summary.updated},
                      {QStringLiteral("merged"), summary.merged},
                      {QStringLiteral("skipped"), summary.skipped},
                      {QStringLiteral("rejected"), summary.rejected}};
    s = Sql::writeAudit(conn, actor, QStringLiteral("import_batch"), config.batchId, QStringLiteral("import"), QString(),
                        QString(), QString::fromUtf8(QJsonDocument(audit).toJson(QJsonDocument::Compact)));
    if (!s)
        return s.error();
    const qint64 beforeCommit = timer.elapsed();
    s = tx->commit();
    if (!s)
        return s.error();
    qCInfo(lcImport, "commit: %lld ms", qlonglong(timer.elapsed() - beforeCommit));
    summary.batchId = config.batchId;

    // Remember the mapping for files with this header (named, or after the file).
    ImportHistory history(db);
    QString profileName = request.saveProfileAs.trimmed();
    if (profileName.isEmpty() && request.columnFields.isEmpty() && request.mapOverrides.isEmpty())
        profileName.clear(); // automatic mapping: nothing new to remember
    else if (profileName.isEmpty())
        profileName = QFileInfo(request.path).completeBaseName();
    if (!profileName.isEmpty()) {
        auto existing = history.profileForHeader(request.kind, f.header);
        if (request.saveProfileAs.trimmed().isEmpty() && existing)
            profileName = existing.value().name;
        history.saveProfile(profileName, request.kind, f.header, fields); // best effort: the import is done
    }
    summary.seconds = double(timer.elapsed()) / 1000.0;
    return summary;
}

} // namespace Patron
