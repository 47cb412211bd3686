#pragma once

#include "import/importtypes.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace Patron {

/// The numbers of a dry run or an import: new / updated / merged / skipped / rejected and
/// the equation that they add up to the rows read, the reasons for rejection with counts,
/// and the first rejected rows.
class ImportSummaryView : public QWidget
{
    Q_OBJECT

public:
    explicit ImportSummaryView(QWidget *parent = nullptr);

    void setSummary(const ImportSummary &summary);
    void clear();

    QLabel *countsLabel() const { return m_counts; }
    QLabel *equationLabel() const { return m_equation; }
    QLabel *reasonsLabel() const { return m_reasons; }
    QTableWidget *rejectedTable() const { return m_rejected; }

    /// "新建 + 更新 + 合并 + 跳过 + 拒绝 = 读取行数" with the numbers.
    static QString equation(const ImportSummary &summary);

private:
    QLabel *m_counts;
    QLabel *m_equation;
    QLabel *m_reasons;
    QLabel *m_rejectedTitle;
    QTableWidget *m_rejected;
};

} // namespace Patron
