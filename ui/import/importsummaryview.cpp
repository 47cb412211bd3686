#include "importsummaryview.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Patron {

namespace {
constexpr int kRejectedShown = 200;
}

ImportSummaryView::ImportSummaryView(QWidget *parent)
    : QWidget(parent)
    , m_counts(new QLabel(this))
    , m_equation(new QLabel(this))
    , m_reasons(new QLabel(this))
    , m_rejectedTitle(new QLabel(tr("First rejected rows:"), this))
    , m_rejected(new QTableWidget(this))
{
    m_counts->setObjectName(QStringLiteral("summaryCounts"));
    m_counts->setTextFormat(Qt::RichText);
    m_counts->setWordWrap(true);
    m_equation->setObjectName(QStringLiteral("summaryEquation"));
    m_equation->setWordWrap(true);
    m_equation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reasons->setObjectName(QStringLiteral("summaryReasons"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rejected->setObjectName(QStringLiteral("rejectedTable"));
    m_rejected->setColumnCount(2);
    m_rejected->setHorizontalHeaderLabels({tr("Line"), tr("Reason")});
    m_rejected->verticalHeader()->hide();
    m_rejected->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_rejected->horizontalHeader()->setStretchLastSection(true);
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejected->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rejected->setWordWrap(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_counts);
    layout->addWidget(m_equation);
    layout->addWidget(m_reasons);
    layout->addWidget(m_rejectedTitle);
    layout->addWidget(m_rejected, 1);
    clear();
}

void ImportSummaryView::clear()
{
    m_counts->clear();
    m_equation->clear();
    m_reasons->clear();
    m_reasons->hide();
    m_rejectedTitle->hide();
    m_rejected->setRowCount(0);
    m_rejected->hide();
}

QString ImportSummaryView::equation(const ImportSummary &s)
{
    const QLocale l;
    return tr("New %1 + updated %2 + merged %3 + skipped %4 + rejected %5 = %6 rows read")
        .arg(l.toString(s.created), l.toString(s.updated), l.toString(s.merged), l.toString(s.skipped),
             l.toString(s.rejected), l.toString(s.rowsRead));
}

void ImportSummaryView::setSummary(const ImportSummary &s)
{
    const QLocale l;
    auto cell = [&](const QString &label, qint64 n) {
        return QStringLiteral("<td style='padding-right:18px'>%1<br><span style='font-size:large; font-weight:600'>%2</span></td>")
            .arg(label.toHtmlEscaped(), l.toString(n));
    };
    QString skipped = tr("Skipped");
    if (s.totalsRows > 0)
        skipped = tr("Skipped (%n totals row(s))", nullptr, int(s.totalsRows));
    m_counts->setText(QStringLiteral("<table><tr>") + cell(tr("New"), s.created) + cell(tr("Updated"), s.updated)
                      + cell(tr("Merged"), s.merged) + cell(skipped, s.skipped) + cell(tr("Rejected"), s.rejected)
                      + cell(tr("Rows read"), s.rowsRead) + QStringLiteral("</tr></table>"));
    QString eq = equation(s);
    if (!s.balanced())
        eq += QLatin1String("  ") + tr("(the numbers do not add up — please report this)");
    m_equation->setText(eq);

    QStringList extra;
    if (s.customersCreated > 0)
        extra << tr("%n customer(s) created for rows whose customer was not found.", nullptr, int(s.customersCreated));
    if (s.usersCreated > 0)
        extra << tr("%n owner(s) named in the file created as new users.", nullptr, int(s.usersCreated));
    QList<QPair<QString, qint64>> reasons;
    for (auto it = s.rejectReasons.cbegin(); it != s.rejectReasons.cend(); ++it)
        reasons.append({it.key(), it.value()});
    std::sort(reasons.begin(), reasons.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (!reasons.isEmpty()) {
        QStringList lines;
        for (const auto &r : reasons)
            lines << tr("%1: %2").arg(r.first, l.toString(r.second));
        extra << tr("Rejected because of:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    }
    m_reasons->setText(extra.join(QLatin1Char('\n')));
    m_reasons->setVisible(!extra.isEmpty());

    const int shown = int(std::min<qsizetype>(s.rejectedRows.size(), kRejectedShown));
    m_rejected->setRowCount(shown);
    for (int i = 0; i < shown; ++i) {
        const RejectedRow &row = s.rejectedRows.at(i);
        auto *line = new QTableWidgetItem(l.toString(row.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_rejected->setItem(i, 0, line);
        auto *reason = new QTableWidgetItem(row.reason);
        reason->setToolTip(row.cells.join(QStringLiteral(" | ")));
        m_rejected->setItem(i, 1, reason);
    }
    m_rejectedTitle->setText(s.rejected > shown ? tr("First %1 of %2 rejected rows (all of them go to the error file):")
                                                      .arg(l.toString(shown), l.toString(s.rejected))
                                                : tr("Rejected rows:"));
    m_rejectedTitle->setVisible(shown > 0);
    m_rejected->setVisible(shown > 0);
}

} // namespace Patron
