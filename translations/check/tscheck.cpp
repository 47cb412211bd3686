// tscheck — the translations_complete test.
//
//   tscheck --lupdate <lupdate> --ts <patron_zh_CN.ts> --root <source root> [--numerus-only] <dir>...
//
// Fails (exit 1) and lists the strings when
//   * the .ts has a message whose translation is unfinished (type="unfinished") or
//     empty (or one of its plural forms is empty);
//   * a translation drops or invents a %1…%99 placeholder of its source text;
//   * the sources contain a translatable string that the .ts lacks: lupdate is run over
//     <dir>... (relative to --root, *.cpp and *.h, exactly like the update_translations
//     target) into a temporary .ts, and the (context, source, comment) sets compared.
// Entries the .ts has but the sources no longer do are listed as stale, not failed.
// --numerus-only checks only plural messages (tr("%n customer(s)", nullptr, n)): the
// English .ts needs just those, every other English text is its own source.
// Exit 2: the test itself could not run (unreadable .ts, lupdate failed).

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QXmlStreamReader>

#include <algorithm>
#include <cstdio>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type; // translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms; // the translation, or its numerus forms
    bool numerus = false;

    QString key() const { return context + QChar(0x1f) + source + QChar(0x1f) + comment; }
    bool active() const { return type != QLatin1String("vanished") && type != QLatin1String("obsolete"); }
    QString describe() const
    {
        QString text = source;
        text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
        QString s = QStringLiteral("[%1] \"%2\"").arg(context, text);
        if (!comment.isEmpty())
            s += QStringLiteral(" (comment: %1)").arg(comment);
        return s;
    }
};

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

bool readTs(const QString &path, QList<Message> *messages, QString *language, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    QXmlStreamReader xml(&f);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (!(xml.isEndElement() && xml.name() == QLatin1String("message")) && !xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == QLatin1String("source")) {
                    m.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("comment")) {
                    m.comment = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    m.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (m.numerus) {
                        while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                            xml.readNext();
                            if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                                m.forms << xml.readElementText(QXmlStreamReader::IncludeChildElements);
                        }
                    } else {
                        m.forms << xml.readElementText(QXmlStreamReader::IncludeChildElements);
                    }
                }
            }
            messages->append(m);
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    return true;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?([1-9][0-9]?)"));
    QSet<QString> set;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        set.insert(it.next().captured(1));
    return set;
}

void section(const QString &title, const QStringList &lines)
{
    if (lines.isEmpty())
        return;
    out() << "\n" << title << " (" << lines.size() << "):\n";
    for (const QString &l : lines)
        out() << "    " << l << "\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString lupdate, tsPath, root;
    QStringList dirs;
    bool numerusOnly = false;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--lupdate") && !args.isEmpty())
            lupdate = args.takeFirst();
        else if (a == QLatin1String("--ts") && !args.isEmpty())
            tsPath = args.takeFirst();
        else if (a == QLatin1String("--root") && !args.isEmpty())
            root = args.takeFirst();
        else if (a == QLatin1String("--numerus-only"))
            numerusOnly = true;
        else
            dirs << a;
    }
    if (lupdate.isEmpty() || tsPath.isEmpty() || root.isEmpty() || dirs.isEmpty()) {
        std::fprintf(stderr, "usage: tscheck --lupdate LUPDATE --ts FILE.ts --root DIR [--numerus-only] SUBDIR...\n");
        return 2;
    }

    QList<Message> committed;
    QString language, error;
    if (!readTs(tsPath, &committed, &language, &error)) {
        std::fprintf(stderr, "tscheck: %s\n", qPrintable(error));
        return 2;
    }

    // What the sources contain now, extracted exactly as update_translations does.
    QTemporaryDir tmp;
    const QString fresh = tmp.filePath(QStringLiteral("fresh.ts"));
    QStringList lupdateArgs{QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                            QStringLiteral("-locations"), QStringLiteral("none"),
                            QStringLiteral("-extensions"), QStringLiteral("cpp,h")};
    for (const QString &d : dirs) {
        if (QDir(root).exists(d))
            lupdateArgs << QDir(root).filePath(d);
    }
    lupdateArgs << QStringLiteral("-ts") << fresh;
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(lupdate, lupdateArgs);
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "tscheck: %s failed:\n%s%s\n", qPrintable(lupdate), p.readAllStandardOutput().constData(),
                     p.readAllStandardError().constData());
        return 2;
    }
    const QByteArray lupdateWarnings = p.readAllStandardError().trimmed();
    QList<Message> extracted;
    QString ignored;
    if (!readTs(fresh, &extracted, &ignored, &error)) {
        std::fprintf(stderr, "tscheck: %s\n", qPrintable(error));
        return 2;
    }

    if (numerusOnly) {
        const auto singular = [](const Message &m) { return !m.numerus; };
        committed.erase(std::remove_if(committed.begin(), committed.end(), singular), committed.end());
        extracted.erase(std::remove_if(extracted.begin(), extracted.end(), singular), extracted.end());
    }

    QMap<QString, const Message *> inTs; // active entries of the committed .ts
    for (const Message &m : committed) {
        if (m.active())
            inTs.insert(m.key(), &m);
    }
    QSet<QString> inSources;
    QStringList missing, unfinished, badPlaceholders, stale;
    for (const Message &m : extracted) {
        inSources.insert(m.key());
        if (!inTs.contains(m.key()))
            missing << m.describe();
    }
    for (const Message &m : committed) {
        if (!m.active())
            continue;
        if (!inSources.contains(m.key()))
            stale << m.describe();
        bool empty = m.forms.isEmpty();
        for (const QString &f : m.forms)
            empty = empty || f.trimmed().isEmpty();
        if (m.type == QLatin1String("unfinished") || empty) {
            unfinished << m.describe();
            continue;
        }
        const QSet<QString> want = placeholders(m.source);
        for (const QString &f : m.forms) {
            if (placeholders(f) != want) {
                badPlaceholders << QStringLiteral("%1 -> \"%2\"").arg(m.describe(), f);
                break;
            }
        }
    }

    const QString tsName = QFileInfo(tsPath).fileName();
    const char *what = numerusOnly ? " plural" : "";
    out() << "translations check: " << tsName << " (language " << language << "): " << inTs.size() << what
          << " messages in the .ts, " << inSources.size() << what << " translatable strings in the sources\n";
    if (!lupdateWarnings.isEmpty())
        out() << "\nlupdate says (informational; a tr() it cannot place in a context is not translated):\n"
              << QString::fromUtf8(lupdateWarnings) << "\n";
    section(QStringLiteral("MISSING from %1 (in the sources, not in the .ts; run "
                           "`cmake --build <build> --target update_translations`, then translate)")
                .arg(tsName),
            missing);
    section(QStringLiteral("UNFINISHED in %1 (type=\"unfinished\" or an empty translation)").arg(tsName), unfinished);
    section(QStringLiteral("PLACEHOLDERS differ between source and translation (%1, %2… must all be kept)"),
            badPlaceholders);
    section(QStringLiteral("STALE in %1 (no longer in the sources; harmless, update_translations drops them)")
                .arg(tsName),
            stale);
    out() << "\n";
    const int failures = int(missing.size() + unfinished.size() + badPlaceholders.size());
    if (failures > 0) {
        out() << "FAIL: " << missing.size() << " missing, " << unfinished.size() << " unfinished, "
              << badPlaceholders.size() << " placeholder mismatches in " << tsName << "\n";
        out().flush();
        return 1;
    }
    out() << "OK: every translatable" << what << " string has a finished translation in " << tsName << "\n";
    out().flush();
    return 0;
}
