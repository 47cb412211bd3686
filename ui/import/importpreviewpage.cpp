#include "importpreviewpage.h"

#include "importwizard.h"

#include "import/importengine.h"

#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Patron {

namespace {
constexpr int kPreviewRows = 50;

QString columnLetter(int index)
{
    QString s;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        s.prepend(QChar(u'A' + (n - 1) % 26));
    return s;
}
} // namespace

ImportPreviewPage::ImportPreviewPage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_sheet(new QComboBox(this))
    , m_headerRow(new QSpinBox(this))
    , m_format(new QLabel(this))
    , m_error(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setTitle(tr("Check the preview"));
    setSubTitle(tr("The header row is highlighted; rows above it are not imported. If the text looks garbled, "
                   "pick another encoding."));

    m_encoding->setObjectName(QStringLiteral("encodingBox"));
    m_encoding->addItem(tr("Automatic"), QString());
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("utf-8"));
    m_encoding->addItem(tr("GB18030 (GBK, GB2312)"), QStringLiteral("gb18030"));
    m_encoding->addItem(QStringLiteral("UTF-16"), QStringLiteral("utf-16"));
    m_delimiter->setObjectName(QStringLiteral("delimiterBox"));
    m_delimiter->addItem(tr("Automatic"), QString());
    m_delimiter->addItem(tr("Comma ,"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ;"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Vertical bar |"), QStringLiteral("|"));
    m_sheet->setObjectName(QStringLiteral("sheetBox"));
    m_headerRow->setObjectName(QStringLiteral("headerRowBox"));
    m_headerRow->setRange(1, kPreviewRows);
    m_format->setObjectName(QStringLiteral("formatLabel"));
    m_format->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(QStringLiteral("previewError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setMaximumSectionSize(320);

    auto *grid = new QGridLayout;
    auto addControl = [&](int col, const QString &text, QWidget *w) {
        auto *label = new QLabel(text, this);
        label->setBuddy(w);
        grid->addWidget(label, 0, col * 2);
        grid->addWidget(w, 0, col * 2 + 1);
    };
    addControl(0, tr("&Encoding:"), m_encoding);
    addControl(1, tr("&Delimiter:"), m_delimiter);
    addControl(2, tr("&Sheet:"), m_sheet);
    addControl(3, tr("&Header row:"), m_headerRow);
    grid->setColumnStretch(8, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_format);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::onOptionChanged);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::onOptionChanged);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::onOptionChanged);
    connect(m_headerRow, &QSpinBox::valueChanged, this, [this] {
        if (m_filling)
            return;
        m_headerChosen = true;
        onOptionChanged();
    });
}

void ImportPreviewPage::initializePage()
{
    const ImportRequest &r = m_wizard.request();
    {
        const QSignalBlocker b1(m_encoding), b2(m_delimiter);
        m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(r.reader.encoding)));
        m_delimiter->setCurrentIndex(
            std::max(0, m_delimiter->findData(r.reader.delimiter.isNull() ? QString() : QString(r.reader.delimiter))));
    }
    m_headerChosen = r.headerRow > 0;
    reload();
}

void ImportPreviewPage::onOptionChanged()
{
    if (m_filling)
        return;
    ImportRequest &r = m_wizard.request();
    r.reader.encoding = m_encoding->currentData().toString();
    const QString d = m_delimiter->currentData().toString();
    r.reader.delimiter = d.isEmpty() ? QChar() : d.at(0);
    r.sheet = std::max(0, m_sheet->currentIndex());
    r.headerRow = m_headerChosen ? m_headerRow->value() : 0;
    reload();
}

void ImportPreviewPage::reload()
{
    ImportEngine engine(m_wizard.workspace());
    const Result<ImportPreview> p = engine.preview(m_wizard.request(), kPreviewRows);
    m_ok = p.ok();
    if (p) {
        m_wizard.setPreview(p.value());
        m_error->hide();
    } else {
        m_wizard.setPreview(ImportPreview{});
        m_error->setText(tr("%1\n\nThe file could not be read with these settings. If it was saved by Excel or WPS "
                            "on Chinese Windows, try the encoding GB18030; otherwise try UTF-8 or UTF-16.")
                             .arg(p.error().message));
        m_error->show();
    }
    fillTable();
    emit completeChanged();
}

int ImportPreviewPage::headerIndex() const
{
    const ImportPreview &p = m_wizard.preview();
    if (p.headerRow <= 0)
        return -1;
    for (int i = 0; i < p.rows.size(); ++i) {
        if (p.rows.at(i).number == p.headerRow)
            return i;
    }
    return p.headerRow <= p.rows.size() ? p.headerRow - 1 : -1;
}

void ImportPreviewPage::fillTable()
{
    const ImportPreview &p = m_wizard.preview();
    m_filling = true;
    const bool isCsv = !p.delimiter.isNull();
    {
        const QSignalBlocker b(m_sheet);
        m_sheet->clear();
        for (const QString &s : p.sheets)
            m_sheet->addItem(s.isEmpty() ? tr("(only one)") : s);
        m_sheet->setCurrentIndex(std::min(p.sheet, int(m_sheet->count()) - 1));
        m_sheet->setEnabled(m_sheet->count() > 1);
    }
    m_delimiter->setEnabled(isCsv || !m_ok);
    m_encoding->setEnabled(isCsv || !m_ok);
    const int lastRow = p.rows.isEmpty() ? 1 : int(p.rows.last().number);
    m_headerRow->setRange(1, std::max(1, lastRow));
    m_headerRow->setValue(std::max(1, p.headerRow));
    m_headerRow->setEnabled(m_ok);

    if (m_ok) {
        QString text = tr("Format: %1").arg(p.format);
        if (!p.hiddenColumns.isEmpty())
            text += QLatin1String("  ·  ") + tr("%n hidden column(s) marked", nullptr, int(p.hiddenColumns.size()));
        m_format->setText(text);
    } else {
        m_format->setText(tr("File: %1").arg(QFileInfo(m_wizard.request().path).fileName()));
    }

    int columns = 0;
    for (const SourceRow &row : p.rows)
        columns = std::max(columns, int(row.cells.size()));
    m_table->clear();
    m_table->setRowCount(int(p.rows.size()));
    m_table->setColumnCount(columns);
    QStringList labels;
    for (int c = 0; c < columns; ++c)
        labels << (p.hiddenColumns.contains(c) ? tr("%1 (hidden)").arg(columnLetter(c)) : columnLetter(c));
    m_table->setHorizontalHeaderLabels(labels);

    const int header = headerIndex();
    const QPalette pal = palette();
    QFont bold = font();
    bold.setBold(true);
    QStringList rowLabels;
    for (int r = 0; r < p.rows.size(); ++r) {
        const SourceRow &row = p.rows.at(r);
        rowLabels << (row.hidden ? tr("%1 (hidden)").arg(row.number) : QString::number(row.number));
        for (int c = 0; c < columns; ++c) {
            auto *item = new QTableWidgetItem(c < row.cells.size() ? row.cells.at(c) : QString());
            if (r == header) {
                item->setFont(bold);
                item->setBackground(pal.color(QPalette::Highlight).lighter(170));
                item->setToolTip(tr("Header row"));
            } else if (r < header || row.hidden || p.hiddenColumns.contains(c)) {
                item->setForeground(pal.color(QPalette::Disabled, QPalette::Text));
                if (r < header)
                    item->setToolTip(tr("Above the header row: not imported"));
            }
            m_table->setItem(r, c, item);
        }
    }
    m_table->setVerticalHeaderLabels(rowLabels);
    m_table->resizeColumnsToContents();
    if (header >= 0)
        m_table->scrollToItem(m_table->item(header, 0), QAbstractItemView::EnsureVisible);
    m_filling = false;
}

bool ImportPreviewPage::isComplete() const
{
    return m_ok && headerIndex() >= 0 && !m_wizard.preview().header.isEmpty();
}

} // namespace Patron
