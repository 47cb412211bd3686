#include "customerpage.h"

#include "childrecordstab.h"
#include "commands/commandcontext.h"
#include "customerheader.h"
#include "profileform.h"
#include "rfm/rfmpanel.h"
#include "services/customerservice.h"
#include "services/recordstore.h"
#include "services/tagservice.h"
#include "services/workspace.h"
#include "timelinewidget.h"
#include "util/values.h"
#include "widgets/recorddialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Patron {

Customer360Page::Customer360Page(CommandContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_header(new CustomerHeader(this))
    , m_goneLabel(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_timeline(new TimelineWidget(this))
    , m_profile(new ProfileForm(context, this))
    , m_contacts(new ChildRecordsTab(context, Entity::Contact,
                                     {QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("mobile"),
                                      QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("wechat"),
                                      QStringLiteral("is_primary")},
                                     this))
    , m_orders(new ChildRecordsTab(context, Entity::Order,
                                   {QStringLiteral("ordered_at"), QStringLiteral("order_no"), QStringLiteral("amount_cents"),
                                    QStringLiteral("status"), QStringLiteral("product"), QStringLiteral("quantity")},
                                   this))
    , m_rfm(new RfmPanel(context.workspace(), this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("Customer360Page"));
    auto *back = new QToolButton(this);
    back->setObjectName(QStringLiteral("backButton"));
    back->setText(tr("← Customers"));
    back->setToolTip(tr("Back to the customer list (Alt+Left, Esc)"));
    back->setAutoRaise(true);
    connect(back, &QToolButton::clicked, this, &Customer360Page::backRequested);
    for (const QKeySequence &key : {QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Escape)}) {
        // Window-wide, but a shortcut of a hidden widget never fires: only while the page shows.
        auto *shortcut = new QShortcut(key, this, nullptr, nullptr, Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, &Customer360Page::backRequested);
    }
    auto *save = new QShortcut(QKeySequence::Save, this, nullptr, nullptr, Qt::WindowShortcut);
    connect(save, &QShortcut::activated, m_profile, &ProfileForm::save);

    auto *followUp = new QPushButton(tr("Add &follow-up…"), this);
    followUp->setObjectName(QStringLiteral("addFollowUpButton"));
    followUp->setToolTip(tr("Log a call, visit or email (Ctrl+Shift+F)"));
    auto *note = new QPushButton(tr("Add &note…"), this);
    note->setObjectName(QStringLiteral("addNoteButton"));
    note->setToolTip(tr("Write a note (Ctrl+Shift+N)"));
    connect(followUp, &QPushButton::clicked, this, &Customer360Page::addFollowUp);
    connect(note, &QPushButton::clicked, this, &Customer360Page::addNote);
    auto *followUpKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), this, nullptr, nullptr,
                                      Qt::WindowShortcut);
    connect(followUpKey, &QShortcut::activated, this, &Customer360Page::addFollowUp);
    auto *noteKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this, nullptr, nullptr,
                                  Qt::WindowShortcut);
    connect(noteKey, &QShortcut::activated, this, &Customer360Page::addNote);

    auto *top = new QHBoxLayout;
    top->addWidget(back);
    top->addStretch();
    top->addWidget(followUp);
    top->addWidget(note);

    m_goneLabel->setObjectName(QStringLiteral("goneLabel"));
    m_goneLabel->setWordWrap(true);
    m_goneLabel->hide();

    m_tabs->setObjectName(QStringLiteral("customerTabs"));
    m_tabs->addTab(m_timeline, tr("&Timeline"));
    m_tabs->addTab(m_profile, tr("&Profile"));
    m_tabs->addTab(m_contacts, tr("&Contacts"));
    m_tabs->addTab(m_orders, tr("&Orders"));
    m_tabs->addTab(m_rfm, tr("&RFM"));
    connect(m_timeline, &TimelineWidget::editRequested, this, &Customer360Page::editEntry);
    connect(m_timeline, &TimelineWidget::deleteRequested, this,
            [this](Entity entity, qint64 id) { RecordDialog::deleteRecord(m_context, entity, id, this); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addLayout(top);
    layout->addWidget(m_header);
    layout->addWidget(m_rfm->summary());
    layout->addWidget(m_goneLabel);
    layout->addSpacing(6);
    layout->addWidget(m_tabs, 1);

    // Edits announce themselves row by row; one refresh per burst is enough.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &Customer360Page::refresh);
    Workspace &ws = m_context.workspace();
    connect(&ws.store(), &RecordStore::changed, this, [this](Entity entity, qint64, qint64 customerId) {
        if (entity == Entity::FieldDef)
            m_fieldsChanged = true;
        if (customerId == m_customerId || entity == Entity::User || entity == Entity::FieldDef)
            scheduleRefresh();
    });
    connect(&ws.customers(), &CustomerService::customersChanged, this, &Customer360Page::scheduleRefresh);
    connect(&ws.tags(), &TagService::tagsChanged, this, &Customer360Page::scheduleRefresh);
}

void Customer360Page::showCustomer(qint64 customerId)
{
    m_customerId = customerId;
    m_tabs->setCurrentIndex(0);
    m_contacts->setCustomer(customerId);
    m_orders->setCustomer(customerId);
    m_loadProfile = true;
    refresh();
}

void Customer360Page::scheduleRefresh()
{
    if (m_customerId > 0)
        m_refreshTimer->start();
}

void Customer360Page::refresh()
{
    if (m_customerId <= 0)
        return;
    Workspace &ws = m_context.workspace();
    auto summary = ws.customers().summary(m_customerId);
    if (!summary) {
        // Deleted for good (e.g. undo of its creation): keep the page readable but inert.
        m_goneLabel->setText(tr("This customer no longer exists. Anything still typed in the Profile tab was not saved."));
        m_goneLabel->show();
        m_tabs->setEnabled(false);
        emit stateChanged();
        return;
    }
    m_goneLabel->hide();
    m_tabs->setEnabled(true);
    const Record &c = summary->customer;
    const bool archived = c.value(QStringLiteral("archived")).toInt() != 0;
    const bool trash = !c.value(QStringLiteral("deleted_at")).isNull();
    const bool stateDiffers = archived != m_archived || trash != m_inTrash;
    m_archived = archived;
    m_inTrash = trash;
    m_header->setSummary(summary.value());
    auto timeline = ws.customers().timeline(m_customerId);
    if (timeline)
        m_timeline->setEntries(timeline.value());
    m_contacts->reload();
    m_orders->reload();
    m_rfm->setCustomer(m_customerId);
    if (m_fieldsChanged && m_profile->customerId() == m_customerId)
        m_profile->reloadFields();
    m_fieldsChanged = false;
    // summary() has just read the row: the profile loads from it rather than reading again.
    if (m_loadProfile) {
        m_profile->load(c);
        m_loadProfile = false;
    } else if (m_profile->customerId() == m_customerId) {
        m_profile->externalChange(c);
    }
    if (stateDiffers)
        emit stateChanged();
}

bool Customer360Page::confirmLeave()
{
    if (m_customerId <= 0 || !m_profile->isDirty() || !m_tabs->isEnabled())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("You changed this customer's profile. Save the changes?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        if (!m_profile->save()) {
            m_tabs->setCurrentWidget(m_profile);
            return false;
        }
        return true;
    case QMessageBox::Discard:
        m_profile->revert();
        return true;
    default:
        return false;
    }
}

void Customer360Page::addFollowUp()
{
    if (m_customerId <= 0)
        return;
    Record defaults{{QStringLiteral("customer_id"), m_customerId},
                    {QStringLiteral("kind"), QStringLiteral("call")},
                    {QStringLiteral("occurred_at"), Values::now()}};
    RecordDialog *dialog = RecordDialog::forNew(m_context, Entity::Activity, defaults, this);
    dialog->setWindowTitle(tr("New follow-up record"));
    dialog->setVisibleFields({QStringLiteral("kind"), QStringLiteral("occurred_at"), QStringLiteral("contact_id"),
                              QStringLiteral("subject"), QStringLiteral("body"), QStringLiteral("user_id")});
    dialog->open();
}

void Customer360Page::addNote()
{
    if (m_customerId <= 0)
        return;
    Record defaults{{QStringLiteral("customer_id"), m_customerId},
                    {QStringLiteral("kind"), QStringLiteral("note")},
                    {QStringLiteral("occurred_at"), Values::now()}};
    RecordDialog *dialog = RecordDialog::forNew(m_context, Entity::Activity, defaults, this);
    dialog->setWindowTitle(tr("New note"));
    dialog->setVisibleFields({QStringLiteral("body"), QStringLiteral("subject"), QStringLiteral("occurred_at")});
    dialog->open();
}

void Customer360Page::editEntry(Entity entity, qint64 id)
{
    if (RecordDialog *dialog = RecordDialog::forEdit(m_context, entity, id, this))
        dialog->open();
}

} // namespace Patron
