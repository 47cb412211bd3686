#include "importfastpath.h"

#include "storage/sqlitehandle.h"
#include "util/sqlutil.h"


#include <sqlite3.h>

namespace Patron {

std::unique_ptr<ImportFastPath> ImportFastPath::create(const QSqlDatabase &db)
{
    if (qgetenv("PATRON_IMPORT_PATH") == "sql")
        return nullptr;
    sqlite3 *h = sqliteHandle(db);
    if (!h)
        return nullptr;
    return std::unique_ptr<ImportFastPath>(new ImportFastPath(h));
}

ImportFastPath::ImportFastPath(sqlite3 *handle)
    : m_h(handle)
{
}

ImportFastPath::~ImportFastPath()
{
    // Before Qt closes the connection: SQLite will not close one with statements open.
    for (sqlite3_stmt *s : std::as_const(m_statements))
        sqlite3_finalize(s);
    for (sqlite3_stmt *s : std::as_const(m_bySql))
        sqlite3_finalize(s);
}

void ImportFastPath::setError()
{
    const int code = sqlite3_extended_errcode(m_h);
    m_error = QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_h)), QSqlError::StatementError,
                        QString::number(code));
}

sqlite3_stmt *ImportFastPath::compile(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v3(m_h, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &s, nullptr)
        != SQLITE_OK) {
        setError();
        sqlite3_finalize(s);
        return nullptr;
    }
    return s;
}

sqlite3_stmt *ImportFastPath::prepare(quint64 key, const QString &sql)
{
    sqlite3_stmt *s = compile(sql);
    if (s)
        m_statements.insert(key, s);
    return s;
}

sqlite3_stmt *ImportFastPath::prepare(const QString &sql)
{
    sqlite3_stmt *s = compile(sql);
    if (s)
        m_bySql.insert(sql, s);
    return s;
}

bool ImportFastPath::bind(sqlite3_stmt *s, const QVariantList &binds)
{
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        int rc = SQLITE_OK;
        // The same mapping as Qt's QSQLITE driver: null of any type is NULL, integers and
        // booleans are integers, text is bound as UTF-16 (the list outlives the step).
        // (QSqlResultPrivate::isVariantNull: a null QString or QByteArray is NULL too.)
        const bool null = v.isNull() || (v.typeId() == QMetaType::QString && static_cast<const QString *>(v.constData())->isNull())
                          || (v.typeId() == QMetaType::QByteArray && static_cast<const QByteArray *>(v.constData())->isNull());
        if (null) {
            rc = sqlite3_bind_null(s, i + 1);
        } else {
            switch (v.typeId()) {
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::Bool:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
            case QMetaType::Long:
            case QMetaType::ULong:
            case QMetaType::Short:
            case QMetaType::UShort:
                rc = sqlite3_bind_int64(s, i + 1, v.toLongLong());
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(s, i + 1, v.toDouble());
                break;
            case QMetaType::QString: {
                // Bound as UTF-8 from a buffer kept per parameter: SQLite stores UTF-8, and
                // given UTF-16 it converts each value into a fresh allocation.
                const QString *t = static_cast<const QString *>(v.constData());
                if (m_utf8.size() <= size_t(i))
                    m_utf8.resize(size_t(i) + 1);
                QByteArray &buffer = m_utf8[size_t(i)];
                if (buffer.size() < t->size() * 3)
                    buffer.resize(t->size() * 3);
                const char *end = m_encoder.appendToBuffer(buffer.data(), *t);
                rc = sqlite3_bind_text(s, i + 1, buffer.constData(), int(end - buffer.constData()), SQLITE_STATIC);
                break;
            }
            case QMetaType::QByteArray: {
                const QByteArray *b = static_cast<const QByteArray *>(v.constData());
                rc = sqlite3_bind_blob(s, i + 1, b->constData(), int(b->size()), SQLITE_STATIC);
                break;
            }
            default: {
                const QString t = v.toString();
                rc = sqlite3_bind_text16(s, i + 1, t.utf16(), int(t.size() * sizeof(QChar)), SQLITE_TRANSIENT);
                break;
            }
            }
        }
        if (rc != SQLITE_OK) {
            setError();
            sqlite3_clear_bindings(s);
            return false;
        }
    }
    return true;
}

bool ImportFastPath::run(sqlite3_stmt *s, const QVariantList &binds, qint64 *rowId)
{
    if (!bind(s, binds))
        return false;
    const int rc = sqlite3_step(s);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        // The error of a failed step is the statement's: reset reports it too.
        sqlite3_reset(s);
        setError();
        sqlite3_clear_bindings(s);
        return false;
    }
    if (rowId)
        *rowId = sqlite3_last_insert_rowid(m_h);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return true;
}

bool ImportFastPath::read(sqlite3_stmt *s, qint64 id, Record *out, bool *found)
{
    sqlite3_bind_int64(s, 1, id);
    const int rc = sqlite3_step(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        sqlite3_reset(s);
        setError();
        return false;
    }
    *found = rc == SQLITE_ROW;
    if (*found) {
        out->clear();
        const int n = sqlite3_column_count(s);
        // The names once per statement, not per row (a merge reads a row per match).
        QStringList &names = m_columnNames[s];
        if (names.size() != n) {
            names.clear();
            for (int i = 0; i < n; ++i)
                names << QString::fromUtf8(sqlite3_column_name(s, i));
        }
        for (int i = 0; i < n; ++i) {
            const QString &name = names.at(i);
            QVariant value;
            switch (sqlite3_column_type(s, i)) {
            case SQLITE_INTEGER:
                value = qlonglong(sqlite3_column_int64(s, i));
                break;
            case SQLITE_FLOAT:
                value = sqlite3_column_double(s, i);
                break;
            case SQLITE_NULL:
                value = QVariant(QMetaType::fromType<QString>());
                break;
            case SQLITE_BLOB:
                value = QByteArray(static_cast<const char *>(sqlite3_column_blob(s, i)), sqlite3_column_bytes(s, i));
                break;
            default:
                value = QString(reinterpret_cast<const QChar *>(sqlite3_column_text16(s, i)),
                                sqlite3_column_bytes16(s, i) / int(sizeof(QChar)));
                break;
            }
            if (name == QLatin1String("custom"))
                out->insert(name, Sql::decodeJson(value.toString()));
            else
                out->insert(name, value);
        }
    }
    sqlite3_reset(s);
    return true;
}

} // namespace Patron
