#pragma once

#include <QStringList>

namespace Patron::Bench {

/// patron_bench gen-import --rows N --seed S --out FILE.csv: the customers file of bench/import.
int generateImport(const QStringList &args);
/// patron_bench read-table FILE: reads every row through TableReader::create and counts them.
int readTable(const QStringList &args);

} // namespace Patron::Bench
