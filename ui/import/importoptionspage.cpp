#include "importoptionspage.h"

#include "importjob.h"
#include "importprogresspanel.h"
#include "importsummaryview.h"
#include "importwizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Patron {

ImportOptionsPage::ImportOptionsPage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_job(new ImportJob(wizard.workspace(), this))
    , m_policy(new QButtonGroup(this))
    , m_strict(new QCheckBox(tr("S&trict: import all rows or none (any rejected row cancels the import)"), this))
    , m_createCustomers(new QCheckBox(tr("Create &missing customers (rows whose customer is not found)"), this))
    , m_dryRun(new QPushButton(tr("Check &again (dry run)"), this))
    , m_saveErrors(new QPushButton(tr("Save &error file…"), this))
    , m_progress(new ImportProgressPanel(m_job, this))
    , m_status(new QLabel(this))
    , m_summary(new ImportSummaryView(this))
{
    setTitle(tr("Duplicates and dry run"));
    setSubTitle(tr("The dry run below counts what the import will do; nothing is written yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_job->setObjectName(QStringLiteral("dryRunJob"));

    auto *group = new QGroupBox(tr("When a row matches an existing record (same code, mobile, email or company name)"), this);
    auto *groupLayout = new QVBoxLayout(group);
    const struct {
        DuplicatePolicy policy;
        QString text;
        const char *name;
    } policies[] = {
        {DuplicatePolicy::Merge, tr("Mer&ge: fill its empty fields, never overwrite (recommended)"), "policyMerge"},
        {DuplicatePolicy::Update, tr("&Update: overwrite its fields with the file's non-empty values"), "policyUpdate"},
        {DuplicatePolicy::Skip, tr("S&kip the row: leave the existing record as it is"), "policySkip"},
        {DuplicatePolicy::Create, tr("Create a &new record anyway"), "policyCreate"},
    };
    for (const auto &p : policies) {
        auto *button = new QRadioButton(p.text, group);
        button->setObjectName(QString::fromLatin1(p.name));
        m_policy->addButton(button, int(p.policy));
        groupLayout->addWidget(button);
    }
    m_policy->button(int(DuplicatePolicy::Merge))->setChecked(true);
    m_strict->setObjectName(QStringLiteral("strictBox"));
    m_createCustomers->setObjectName(QStringLiteral("createCustomersBox"));
    m_dryRun->setObjectName(QStringLiteral("dryRunButton"));
    m_saveErrors->setObjectName(QStringLiteral("saveErrorsButton"));
    m_saveErrors->setToolTip(tr("Writes the rejected rows with their reasons to a CSV file you can fix in Excel or WPS"));
    m_status->setObjectName(QStringLiteral("dryRunStatus"));
    m_status->setWordWrap(true);
    m_status->setOpenExternalLinks(true);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_dryRun);
    buttons->addWidget(m_saveErrors);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(group);
    layout->addWidget(m_strict);
    layout->addWidget(m_createCustomers);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_summary, 1);

    connect(m_policy, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            markStale();
    });
    connect(m_strict, &QCheckBox::toggled, this, &ImportOptionsPage::markStale);
    connect(m_createCustomers, &QCheckBox::toggled, this, &ImportOptionsPage::markStale);
    connect(m_dryRun, &QPushButton::clicked, this, &ImportOptionsPage::startDryRun);
    connect(m_saveErrors, &QPushButton::clicked, this, &ImportOptionsPage::saveErrorFile);
    connect(m_job, &ImportJob::finished, this, &ImportOptionsPage::onFinished);
}

QRadioButton *ImportOptionsPage::policyButton(DuplicatePolicy policy) const
{
    return qobject_cast<QRadioButton *>(m_policy->button(int(policy)));
}

DuplicatePolicy ImportOptionsPage::policy() const
{
    return DuplicatePolicy(m_policy->checkedId());
}

void ImportOptionsPage::initializePage()
{
    m_createCustomers->setVisible(m_wizard.request().kind != ImportKind::Customers);
    startDryRun();
}

void ImportOptionsPage::applyOptions()
{
    ImportRequest &r = m_wizard.request();
    r.onDuplicate = policy();
    r.strict = m_strict->isChecked();
    r.createMissingCustomers = r.kind != ImportKind::Customers && m_createCustomers->isChecked();
}

void ImportOptionsPage::markStale()
{
    if (m_job->isRunning() || m_summary->equationLabel()->text().isEmpty())
        return;
    m_status->setText(tr("The options changed: press “Check again” to update the numbers."));
}

void ImportOptionsPage::startDryRun()
{
    if (m_job->isRunning())
        return;
    applyOptions();
    ImportRequest r = m_wizard.request();
    r.dryRun = true;
    r.errorFile.clear();
    r.saveProfileAs.clear();
    m_savingErrors = false;
    m_summary->clear();
    m_status->setText(tr("Checking every row (dry run)…"));
    m_dryRun->setEnabled(false);
    m_saveErrors->setEnabled(false);
    m_job->start(r);
    emit completeChanged();
}

void ImportOptionsPage::saveErrorFile()
{
    if (m_job->isRunning())
        return;
    const QFileInfo source(m_wizard.request().path);
    const QString suggested = source.absoluteDir().filePath(tr("%1-errors.csv").arg(source.completeBaseName()));
    const QString chosen = m_wizard.chooseErrorFile(this, suggested);
    if (chosen.isEmpty())
        return;
    applyOptions();
    ImportRequest r = m_wizard.request();
    r.dryRun = true;
    r.errorFile = chosen;
    r.saveProfileAs.clear();
    m_savingErrors = true;
    m_status->setText(tr("Writing the error file…"));
    m_dryRun->setEnabled(false);
    m_saveErrors->setEnabled(false);
    m_job->start(r);
    emit completeChanged();
}

void ImportOptionsPage::onFinished()
{
    m_dryRun->setEnabled(true);
    const Result<ImportSummary> &r = m_job->result();
    if (m_job->wasCancelled()) {
        m_status->setText(tr("The dry run was cancelled."));
    } else if (!r) {
        m_status->setText(tr("The dry run failed: %1").arg(r.error().message.toHtmlEscaped()));
    } else {
        const ImportSummary &s = r.value();
        m_summary->setSummary(s);
        m_saveErrors->setEnabled(s.rejected > 0);
        QString text = s.rejected > 0
                           ? tr("Dry run: %n row(s) would be rejected. Fix them in the file, or import the others.",
                                nullptr, int(s.rejected))
                           : tr("Dry run: every row can be imported.");
        if (m_wizard.request().strict && s.rejected > 0)
            text = tr("Dry run: %n row(s) would be rejected, so a strict import would import nothing.", nullptr,
                      int(s.rejected));
        if (m_savingErrors && !s.errorFile.isEmpty()) {
            text += QLatin1Char(' ')
                    + tr("Error file saved: <a href=\"%1\">%2</a>")
                          .arg(QUrl::fromLocalFile(s.errorFile).toString(QUrl::FullyEncoded),
                               QDir::toNativeSeparators(s.errorFile).toHtmlEscaped());
        }
        m_status->setText(text);
    }
    m_savingErrors = false;
    emit completeChanged();
}

bool ImportOptionsPage::isComplete() const
{
    return !m_job->isRunning();
}

bool ImportOptionsPage::validatePage()
{
    applyOptions();
    return !m_job->isRunning();
}

} // namespace Patron
