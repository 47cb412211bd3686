#include "customerpicker.h"

#include "services/customerservice.h"
#include "services/recordstore.h"
#include "services/workspace.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>

namespace Patron {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kNameRole = Qt::UserRole + 1;
constexpr int kMaxMatches = 20;

} // namespace

CustomerPicker::CustomerPicker(Workspace &workspace, QWidget *parent)
    : QLineEdit(parent)
    , m_workspace(workspace)
    , m_model(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_model, this))
{
    setObjectName(QStringLiteral("customerPicker"));
    setPlaceholderText(tr("Type to search customers (empty: none)"));
    setClearButtonEnabled(true);
    // The model already holds the search's matches: show them all, unfiltered.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(10);
    m_completer->setWidget(this);
    m_completer->popup()->setObjectName(QStringLiteral("customerPickerPopup"));
    connect(this, &QLineEdit::textEdited, this, &CustomerPicker::search);
    // Clear button and setText() do not emit textEdited.
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty() && m_id != 0)
            pick(0, QString());
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        pick(index.data(kIdRole).toLongLong(), index.data(kNameRole).toString());
    });
}

void CustomerPicker::setCustomerId(qint64 id)
{
    QString name;
    if (id > 0) {
        auto rec = m_workspace.store().get(Entity::Customer, id);
        if (!rec)
            id = 0;
        else
            name = rec->value(QStringLiteral("name")).toString();
    }
    pick(id, name);
}

void CustomerPicker::pick(qint64 id, const QString &name)
{
    const bool changed = id != m_id;
    m_id = id;
    if (text() != name) {
        QSignalBlocker block(this);
        setText(name);
    }
    if (changed)
        emit customerChanged(m_id);
}

void CustomerPicker::search(const QString &text)
{
    // What is typed no longer names the picked customer.
    if (m_id != 0) {
        m_id = 0;
        emit customerChanged(0);
    }
    m_model->clear();
    if (text.trimmed().isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    CustomerFilter filter;
    filter.search = text;
    auto page = m_workspace.customers().page(filter, {QStringLiteral("name"), QStringLiteral("code")}, QStringLiteral("name"),
                                             Qt::AscendingOrder, 0, kMaxMatches);
    if (!page)
        return;
    for (int i = 0; i < page->ids.size(); ++i) {
        const QVariantList &row = page->rows.at(i);
        const QString name = row.value(0).toString();
        const QString code = row.value(1).toString();
        auto *item = new QStandardItem(code.isEmpty() ? name : tr("%1 (%2)").arg(name, code));
        item->setData(page->ids.at(i), kIdRole);
        item->setData(name, kNameRole);
        m_model->appendRow(item);
    }
    if (m_model->rowCount() > 0)
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

} // namespace Patron
