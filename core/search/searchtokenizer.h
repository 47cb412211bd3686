#pragma once

#include <QString>
#include <QStringList>

namespace Patron {

/// One whitespace-separated word of what the user typed, as index tokens that must be
/// adjacent (a phrase); the last one may be a prefix (the user is still typing).
struct SearchTerm
{
    QStringList tokens;
    bool lastIsPrefix = false;
};

struct SearchQuery
{
    QList<SearchTerm> terms;
    bool isEmpty() const { return terms.isEmpty(); }
};

/// Turns text into the tokens kept in `customers.search_tokens` and matched by FTS5 on
/// SQLite and tsvector on PostgreSQL. Chinese has no spaces between words, so runs of
/// CJK characters are indexed as overlapping bigrams plus the run's last character:
/// "华联商贸" → "华联 联商 商贸 贸". Any substring of two or more characters is then a
/// phrase of bigrams, and a single character is a prefix of some token. Latin letters and
/// digits are indexed as words (matched by prefix); long digit runs (phones) also index
/// their last four digits, since people search by 尾号.
namespace SearchTokenizer {

/// Case-folded, full-width → half-width (NFKC).
QString normalize(const QString &text);

/// Space-separated index tokens for a document made of several fields.
QString documentTokens(const QStringList &fields);

/// Parses what the user typed. A lone Latin letter or digit is ignored (it would match
/// nearly everything). Characters that are neither letters nor digits only split
/// tokens, so the result never contains query-language syntax.
SearchQuery parseQuery(const QString &text);

} // namespace SearchTokenizer
} // namespace Patron
