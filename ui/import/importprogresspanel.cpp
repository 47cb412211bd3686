#include "importprogresspanel.h"

#include "importjob.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace Patron {

ImportProgressPanel::ImportProgressPanel(ImportJob *job, QWidget *parent)
    : QWidget(parent)
    , m_job(job)
    , m_bar(new QProgressBar(this))
    , m_rate(new QLabel(this))
    , m_cancel(new QPushButton(tr("&Cancel import"), this))
{
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(true);
    m_rate->setObjectName(QStringLiteral("rateLabel"));
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancel->setToolTip(tr("Stops the import; nothing is changed (Esc)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_rate);
    layout->addWidget(m_cancel);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_job->cancel();
        m_cancel->setEnabled(false);
        m_rate->setText(tr("Cancelling…"));
    });
    connect(job, &ImportJob::started, this, &ImportProgressPanel::onStarted);
    connect(job, &ImportJob::progressed, this, &ImportProgressPanel::onProgress);
    connect(job, &ImportJob::finished, this, &QWidget::hide);
    hide();
}

void ImportProgressPanel::onStarted()
{
    m_bar->setValue(0);
    m_bar->setFormat(QStringLiteral("%p%"));
    m_rate->setText(tr("Reading…"));
    m_cancel->setEnabled(true);
    show();
}

void ImportProgressPanel::onProgress(qint64 rows, double fraction, double rowsPerSecond)
{
    if (m_job->cancelRequested())
        return;
    m_bar->setValue(int(std::clamp(fraction, 0.0, 1.0) * 1000));
    const QLocale l;
    m_rate->setText(tr("%1 rows · %2 rows/s").arg(l.toString(rows), l.toString(qRound64(rowsPerSecond))));
}

} // namespace Patron
