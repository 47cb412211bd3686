#pragma once

#include "domain/entity.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;

namespace Patron {

class ChildRecordsTab;
class CommandContext;
class CustomerHeader;
class ProfileForm;
class RfmPanel;
class TimelineWidget;

/// The 360° customer page: header (owner, tags, lifecycle stage, lifetime value, orders),
/// the RFM line (segment, tier, scores), and tabs Timeline, Profile, Contacts, Orders and
/// RFM (segment history). It follows changes made anywhere (undo, bulk actions, other
/// windows) and never drops what the user is typing.
class Customer360Page : public QWidget
{
    Q_OBJECT

public:
    explicit Customer360Page(CommandContext &context, QWidget *parent = nullptr);

    void showCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }
    bool isArchived() const { return m_archived; }
    bool isInTrash() const { return m_inTrash; }

    /// Asks what to do with unsaved profile edits; false means stay on the page.
    bool confirmLeave();

    QTabWidget *tabs() const { return m_tabs; }
    ProfileForm *profile() const { return m_profile; }
    TimelineWidget *timeline() const { return m_timeline; }
    ChildRecordsTab *contacts() const { return m_contacts; }
    ChildRecordsTab *orders() const { return m_orders; }
    RfmPanel *rfmPanel() const { return m_rfm; }

    void addFollowUp();
    void addNote();

signals:
    void backRequested();
    /// The customer is gone (deleted for good) or its state changed (archived, trash).
    void stateChanged();

private:
    void refresh();
    void scheduleRefresh();
    void editEntry(Entity entity, qint64 id);

    CommandContext &m_context;
    qint64 m_customerId = 0;
    bool m_archived = false;
    bool m_inTrash = false;
    bool m_fieldsChanged = false;
    bool m_loadProfile = false; // showCustomer(): the next refresh loads the profile form
    CustomerHeader *m_header;
    QLabel *m_goneLabel;
    QTabWidget *m_tabs;
    TimelineWidget *m_timeline;
    ProfileForm *m_profile;
    ChildRecordsTab *m_contacts;
    ChildRecordsTab *m_orders;
    RfmPanel *m_rfm;
    QTimer *m_refreshTimer;
};

} // namespace Patron
