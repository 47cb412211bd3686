#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Patron {

class ImportJob;

/// A progress bar with rows and rows per second, and a Cancel button, following an
/// ImportJob while it runs.
class ImportProgressPanel : public QWidget
{
    Q_OBJECT

public:
    ImportProgressPanel(ImportJob *job, QWidget *parent = nullptr);

    QProgressBar *bar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *rateLabel() const { return m_rate; }

private:
    void onStarted();
    void onProgress(qint64 rows, double fraction, double rowsPerSecond);

    ImportJob *m_job;
    QProgressBar *m_bar;
    QLabel *m_rate;
    QPushButton *m_cancel;
};

} // namespace Patron
