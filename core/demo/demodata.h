#pragma once

// Word lists the demo generator draws from. Kept apart from the generator so the
// generator reads as logic and these tables can grow without touching it.

#include <QList>
#include <QString>

namespace Patron::DemoData {

struct City
{
    QString province;      ///< official name: "江苏省", "北京市"
    QString provinceShort; ///< "江苏", "北京" (company-name prefixes)
    QString name;          ///< "苏州市"
    QString shortName;     ///< "苏州"
    QString areaCode;      ///< landline prefix: "0512"
    double weight;         ///< share of customers (business activity, roughly)
};

struct Syllable
{
    QString hanzi;
    QString pinyin;
    double weight = 1.0;
};

struct Industry
{
    QString name;          ///< stored in customers.industry
    QStringList nameWords; ///< what appears in company names: 电子科技, 贸易 …
    double weight;
    bool shops = false;   ///< small traders may be a 商行 or 经营部
    bool studios = false; ///< may be a 工作室
};

struct Product
{
    QString name;
    qint64 unitCents; ///< typical unit price
};

struct Weighted
{
    QString text;
    double weight;
};

const QList<City> &cities();
const QList<Syllable> &surnames();
const QList<Syllable> &givenNameChars();
const QList<Syllable> &brandChars();
const QList<Industry> &industries();
const QList<Weighted> &companySuffixes();
const QList<Weighted> &sources();
const QList<Product> &products();
const QStringList &roads();
const QStringList &buildings();
const QStringList &contactTitles();
const QStringList &personalMailDomains();
const QStringList &customerNotes();
const QStringList &orderNotes();
const QStringList &activitySubjects(const QString &kind); ///< call, visit, email, note
const QStringList &activityBodies();
const QStringList &ticketTitles();
const QStringList &ticketDescriptions();
const QStringList &taskTitles();
const QStringList &tagNames();
/// Mobile prefixes in use (three digits).
const QStringList &mobilePrefixes();

} // namespace Patron::DemoData
