#include "importfilepage.h"

#include "importwizard.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Patron {

ImportFilePage::ImportFilePage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_kind(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_hint(new QLabel(this))
{
    setTitle(tr("What do you want to import?"));
    setSubTitle(tr("Pick a CSV, TXT or Excel/WPS file (.xlsx, .xls). Nothing is written until the last step."));

    m_kind->setObjectName(QStringLiteral("kindBox"));
    m_kind->addItem(tr("Customers"), int(ImportKind::Customers));
    m_kind->addItem(tr("Orders"), int(ImportKind::Orders));
    m_kind->addItem(tr("Contacts"), int(ImportKind::Contacts));
    m_kind->addItem(tr("Follow-up records"), int(ImportKind::Activities));
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_path->setPlaceholderText(tr("Choose a file, or drop it on the main window"));
    m_path->setClearButtonEnabled(true);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_hint->setObjectName(QStringLiteral("fileHint"));
    m_hint->setWordWrap(true);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *kindLabel = new QLabel(tr("&Import:"), this);
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, m_kind);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addStretch(1);

    connect(m_browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        updateHint();
        emit completeChanged();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportFilePage::updateHint);
    updateHint();
}

bool ImportFilePage::isImportableFile(const QString &path)
{
    static const QStringList suffixes{QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt"),
                                      QStringLiteral("xlsx"), QStringLiteral("xls")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

void ImportFilePage::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QString ImportFilePage::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void ImportFilePage::setKind(ImportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

ImportKind ImportFilePage::kind() const
{
    return ImportKind(m_kind->currentData().toInt());
}

void ImportFilePage::browse()
{
    QString dir = QFileInfo(path()).absolutePath();
    if (path().isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString chosen = QFileDialog::getOpenFileName(
        this, tr("Import file"), dir,
        tr("Tables (*.csv *.tsv *.txt *.xlsx *.xls);;CSV and text (*.csv *.tsv *.txt);;Excel (*.xlsx *.xls);;All files (*)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

void ImportFilePage::updateHint()
{
    const QFileInfo info(path());
    if (path().isEmpty()) {
        m_hint->setText(tr("Tip: exports from Excel, WPS, Kingdee, Yonyou and other CRMs work as they are — "
                           "title rows above the header, GBK text and totals rows at the end are recognised."));
    } else if (!info.exists() || !info.isFile()) {
        m_hint->setText(tr("There is no file at this path."));
    } else if (!info.isReadable()) {
        m_hint->setText(tr("This file cannot be read (no permission)."));
    } else {
        m_hint->setText(tr("%1 — %2").arg(info.fileName(), QLocale().formattedDataSize(info.size())));
    }
}

bool ImportFilePage::isComplete() const
{
    const QFileInfo info(path());
    return !path().isEmpty() && info.isFile() && info.isReadable();
}

bool ImportFilePage::validatePage()
{
    ImportRequest &r = m_wizard.request();
    const ImportKind k = kind();
    const QString p = QFileInfo(path()).absoluteFilePath();
    if (r.path != p || r.kind != k) {
        // Another file or kind: what was detected or mapped for the old one does not apply.
        r = ImportRequest{};
        r.path = p;
        r.kind = k;
    }
    return true;
}

} // namespace Patron
