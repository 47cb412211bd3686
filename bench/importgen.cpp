// patron_bench gen-import and read-table: the data and the reader timing for bench/import.
//
// gen-import writes a customers CSV the way Chinese sales staff get them from Excel/WPS or
// another CRM: realistic names, cities and companies from core/demo's word lists, about 10%
// of values in the other forms people type (full-width digits, "+86 138-…", "138 0013 8000",
// dates as 2021/3/5, 2021年3月5日 or 20210305), about 1% dirty rows (bad mobile, bad
// e-mail, no name and nothing else to match on), and about 5% of rows that repeat an
// earlier customer's mobile or e-mail under another spelling of the name. Deterministic for
// a given seed. Fields never hold commas, quotes or line breaks, so bench/xlsxconv can split
// lines without a CSV parser and sqlite3's .import reads the same file.
#include "importgen.h"

#include "demo/demodata.h"
#include "demo/demorandom.h"
#include "import/tablereader.h"

#include <QCommandLineParser>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

namespace Patron::Bench {

namespace {

using DemoRandom::Rng;
using DemoRandom::WeightedIndex;
namespace D = DemoData;

enum : quint64 { RowDomain = 101, DupDomain = 102, DirtyDomain = 103, FormDomain = 104 };

const QStringList &owners()
{
    static const QStringList all = {QStringLiteral("王磊"), QStringLiteral("李娜"), QStringLiteral("张伟"),
                                    QStringLiteral("刘洋"), QStringLiteral("陈静"), QStringLiteral("杨帆"),
                                    QStringLiteral("赵敏"), QStringLiteral("黄强"), QStringLiteral("周婷"),
                                    QStringLiteral("吴刚")};
    return all;
}

struct Customer
{
    QString name, kind, contact, mobile, phone, email, province, city, address, industry, source, owner, notes, created;
    QString pinyinDomain; ///< companies: their mail domain; persons: empty
};

class Generator
{
public:
    explicit Generator(quint64 seed)
        : m_seed(seed)
    {
        m_cityPick = WeightedIndex(D::cities(), [](const D::City &c) { return c.weight; });
        m_surnamePick = WeightedIndex(D::surnames(), [](const D::Syllable &s) { return s.weight; });
        m_industryPick = WeightedIndex(D::industries(), [](const D::Industry &i) { return i.weight; });
        m_suffixPick = WeightedIndex(D::companySuffixes(), [](const D::Weighted &w) { return w.weight; });
        m_sourcePick = WeightedIndex(D::sources(), [](const D::Weighted &w) { return w.weight; });
    }

    // The clean customer of row `index`: the same whenever it is asked for, so a duplicate
    // row can repeat it without keeping every earlier row in memory.
    Customer base(qint64 index) const
    {
        Rng r(m_seed, RowDomain, quint64(index));
        Customer c;
        const D::City &city = D::cities().at(m_cityPick.pick(r));
        c.province = city.province;
        c.city = city.name;
        QString personPinyin;
        const QString person = personName(r, &personPinyin);
        if (r.chance(0.7)) {
            c.kind = QStringLiteral("企业");
            const D::Industry &ind = D::industries().at(m_industryPick.pick(r));
            c.industry = ind.name;
            const auto &brands = D::brandChars();
            const D::Syllable &b1 = brands.at(r.below(int(brands.size())));
            const D::Syllable &b2 = brands.at(r.below(int(brands.size())));
            const QString word = r.pick(ind.nameWords);
            QString suffix = D::companySuffixes().at(m_suffixPick.pick(r)).text;
            if (suffix == QStringLiteral("工作室") || suffix == QStringLiteral("商行") || suffix == QStringLiteral("经营部"))
                suffix = D::companySuffixes().first().text;
            // A district-level third character keeps company names mostly distinct at 10^6.
            const D::Syllable &b3 = brands.at(r.below(int(brands.size())));
            c.name = (r.chance(0.5) ? city.name : city.shortName) + b1.hanzi + b2.hanzi + b3.hanzi + word + suffix;
            c.pinyinDomain = b1.pinyin + b2.pinyin + b3.pinyin + QStringLiteral(".com");
            c.contact = person;
            if (r.chance(0.7))
                c.phone = city.areaCode + QLatin1Char('-') + QString::number(r.between(2000000, 8999999));
            if (r.chance(0.5))
                c.email = personPinyin + QLatin1Char('@') + c.pinyinDomain;
            if (r.chance(0.8))
                c.address = QStringLiteral("%1%2号").arg(r.pick(D::roads())).arg(r.between(1, 999));
        } else {
            c.kind = QStringLiteral("个人");
            c.name = person;
            if (r.chance(0.4)) {
                QString local = personPinyin;
                local.remove(QLatin1Char('.'));
                c.email = local + QString::number(r.between(1, 99999)) + QLatin1Char('@') + r.pick(D::personalMailDomains());
            }
        }
        if (r.chance(0.95))
            c.mobile = r.pick(D::mobilePrefixes()) + QStringLiteral("%1").arg(r.below(100000000), 8, 10, QLatin1Char('0'));
        c.source = D::sources().at(m_sourcePick.pick(r)).text;
        if (r.chance(0.9))
            c.owner = r.pick(owners());
        if (r.chance(0.1))
            c.notes = r.pick(D::customerNotes()); // no ASCII commas or quotes in these
        const QDate created = QDate(2019, 1, 1).addDays(r.below(2500));
        c.created = created.toString(QStringLiteral("yyyy-MM-dd"));
        return c;
    }

    QString personName(Rng &r, QString *pinyin) const
    {
        const D::Syllable &surname = D::surnames().at(m_surnamePick.pick(r));
        const D::Syllable &g1 = r.pick(D::givenNameChars());
        QString name = surname.hanzi + g1.hanzi;
        *pinyin = surname.pinyin + QLatin1Char('.') + g1.pinyin;
        if (r.chance(0.7)) {
            const D::Syllable &g2 = r.pick(D::givenNameChars());
            name += g2.hanzi;
            *pinyin += g2.pinyin;
        }
        return name;
    }

    // Row `index` of the file: its own customer, or (5%) an earlier one again under another
    // spelling; then other forms of the values (10%) and dirt (1%).
    Customer row(qint64 index, bool *duplicate) const
    {
        Rng d(m_seed, DupDomain, quint64(index));
        *duplicate = index >= 20 && d.chance(0.05);
        Customer c;
        if (*duplicate) {
            c = base(d.below64(index));
            respell(d, c);
        } else {
            c = base(index);
        }
        Rng f(m_seed, FormDomain, quint64(index));
        if (f.chance(0.1))
            otherForms(f, c);
        Rng x(m_seed, DirtyDomain, quint64(index));
        if (x.chance(0.01)) {
            switch (x.below(4)) {
            case 0: // a digit short
                if (!c.mobile.isEmpty())
                    c.mobile.chop(1);
                break;
            case 1:
                c.email = c.email.isEmpty() ? QStringLiteral("无") : QString(c.email).replace(QLatin1Char('@'), QLatin1Char(' '));
                break;
            case 2: // nothing to identify the customer by
                c.name.clear();
                c.mobile.clear();
                c.email.clear();
                break;
            default:
                c.created = QStringLiteral("2021-13-45");
                break;
            }
        }
        return c;
    }

private:
    // Another spelling of the same customer: as a later export or a colleague wrote it.
    void respell(Rng &d, Customer &c) const
    {
        // Matched on mobile (or e-mail when it has none); the other key may be missing.
        if (!c.mobile.isEmpty() && d.chance(0.7))
            c.email.clear();
        else if (!c.email.isEmpty())
            c.mobile.clear();
        if (c.kind == QStringLiteral("企业")) {
            static const QStringList forms = {QStringLiteral("有限责任公司"), QStringLiteral("股份有限公司"),
                                              QStringLiteral("（有限公司）"), QStringLiteral(" 有限公司")};
            if (c.name.endsWith(QStringLiteral("有限公司")))
                c.name = c.name.chopped(4) + d.pick(forms);
            else
                c.name = QStringLiteral("（") + c.province.left(2) + QStringLiteral("）") + c.name;
        } else {
            c.name = c.name.left(1) + QLatin1Char(' ') + c.name.mid(1);
        }
        c.address.clear();
        c.notes = QStringLiteral("重复录入");
        c.owner = d.chance(0.5) ? QString() : d.pick(owners());
    }

    static QString fullWidth(const QString &s)
    {
        QString out = s;
        for (QChar &ch : out) {
            if (ch.unicode() >= u'!' && ch.unicode() <= u'~')
                ch = QChar(char16_t(ch.unicode() - 0x21 + 0xFF01));
        }
        return out;
    }

    void otherForms(Rng &f, Customer &c) const
    {
        if (!c.mobile.isEmpty()) {
            switch (f.below(4)) {
            case 0:
                c.mobile = fullWidth(c.mobile);
                break;
            case 1:
                c.mobile = QStringLiteral("+86 %1-%2-%3").arg(c.mobile.left(3), c.mobile.mid(3, 4), c.mobile.mid(7));
                break;
            case 2:
                c.mobile = QStringLiteral("%1 %2 %3").arg(c.mobile.left(3), c.mobile.mid(3, 4), c.mobile.mid(7));
                break;
            default:
                c.mobile = QStringLiteral("86") + c.mobile;
                break;
            }
        }
        if (!c.email.isEmpty() && f.chance(0.3))
            c.email = c.email.toUpper();
        const QDate d = QDate::fromString(c.created, QStringLiteral("yyyy-MM-dd"));
        switch (f.below(4)) {
        case 0:
            c.created = d.toString(QStringLiteral("yyyy/M/d"));
            break;
        case 1:
            c.created = d.toString(QStringLiteral("yyyy年M月d日"));
            break;
        case 2:
            c.created = d.toString(QStringLiteral("yyyyMMdd"));
            break;
        default:
            c.created = d.toString(QStringLiteral("yyyy.MM.dd"));
            break;
        }
        if (f.chance(0.2))
            c.name = QStringLiteral(" ") + c.name + QStringLiteral("　"); // spaces around, one ideographic
    }

    quint64 m_seed;
    WeightedIndex m_cityPick, m_surnamePick, m_industryPick, m_suffixPick, m_sourcePick;
};

} // namespace

int generateImport(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption rows(QStringLiteral("rows"), QStringLiteral("Rows (default 1000000)."), QStringLiteral("n"),
                                  QStringLiteral("1000000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed (default 42)."), QStringLiteral("n"),
                                  QStringLiteral("42"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("CSV file to write."), QStringLiteral("file"));
    p.addOptions({rows, seed, out});
    p.process(args);
    if (!p.isSet(out)) {
        std::fprintf(stderr, "patron_bench gen-import: --out FILE is required\n");
        return 2;
    }
    const qint64 n = p.value(rows).toLongLong();
    const Generator gen(p.value(seed).toULongLong());
    QFile file(p.value(out));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "patron_bench gen-import: cannot write %s\n", qPrintable(file.fileName()));
        return 1;
    }
    file.write(QStringLiteral("客户名称,客户类型,联系人,手机,电话,邮箱,省份,城市,地址,行业,客户来源,负责人,备注,创建日期\n").toUtf8());
    QByteArray chunk;
    qint64 duplicates = 0;
    for (qint64 i = 0; i < n; ++i) {
        bool dup = false;
        const Customer c = gen.row(i, &dup);
        duplicates += dup ? 1 : 0;
        const QString line = QStringList{c.name,     c.kind,     c.contact, c.mobile,   c.phone,
                                         c.email,    c.province, c.city,    c.address,  c.industry,
                                         c.source,   c.owner,    c.notes,   c.created}
                                 .join(QLatin1Char(','));
        chunk += line.toUtf8();
        chunk += '\n';
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    file.close();
    std::printf("gen-import: %lld rows (%lld repeat an earlier customer) → %s\n", static_cast<long long>(n),
                static_cast<long long>(duplicates), qPrintable(file.fileName()));
    return 0;
}

int readTable(const QStringList &args)
{
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: patron_bench read-table FILE\n");
        return 2;
    }
    QElapsedTimer t;
    t.start();
    auto reader = TableReader::create(args.at(1));
    Status s = reader->open();
    if (!s) {
        std::fprintf(stderr, "read-table: %s\n", qPrintable(s.error().message));
        return 1;
    }
    SourceRow row;
    qint64 rows = 0, cells = 0;
    for (;;) {
        auto more = reader->readRow(row);
        if (!more) {
            std::fprintf(stderr, "read-table: %s\n", qPrintable(more.error().message));
            return 1;
        }
        if (!more.value())
            break;
        ++rows;
        cells += row.cells.size();
    }
    std::printf("read-table: %lld rows, %lld cells in %.3f s (%s)\n", static_cast<long long>(rows),
                static_cast<long long>(cells), double(t.nsecsElapsed()) / 1e9, qPrintable(reader->formatDescription()));
    return 0;
}

} // namespace Patron::Bench
