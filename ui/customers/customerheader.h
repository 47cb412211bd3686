#pragma once

#include <QWidget>

class QLabel;

namespace Patron {

class FlowLayout;
struct CustomerSummary;

/// The top of the 360° page: who the customer is and what they are worth at a glance.
class CustomerHeader : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerHeader(QWidget *parent = nullptr);

    void setSummary(const CustomerSummary &summary);

private:
    QLabel *addFact(const QString &caption, const QString &objectName);
    static QLabel *makeChip(const QString &text, const QString &color, QWidget *parent);

    QLabel *m_name;
    QWidget *m_chipsHost;
    FlowLayout *m_chips;
    QWidget *m_factsHost;
    QLabel *m_owner = nullptr;
    QLabel *m_stage = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_orders = nullptr;
    QLabel *m_lastOrder = nullptr;
    QLabel *m_lastActivity = nullptr;
};

} // namespace Patron
