#pragma once

#include "rfm/rfmsettings.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace Patron {

class CommandContext;

/// Customers → RFM settings…: window, monetary measure, scheme, means or fixed
/// thresholds, segment and tier labels, the segment → tier mapping and how many snapshots
/// keep their values. Saving goes through the undo stack.
class RfmSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /// changed runs whenever the saved settings change through this dialog's command (also
    /// on its undo and redo, after the dialog is gone).
    RfmSettingsDialog(CommandContext &context,
                      std::function<void()> changed,
                      QWidget *parent = nullptr);

    /// The settings as the form shows them.
    RfmSettings settings() const;
    void setSettings(const RfmSettings &settings);

    void accept() override;

private:
    CommandContext &m_context;
    std::function<void()> m_changed;
    RfmSettings m_loaded;
    QSpinBox *m_window;
    QComboBox *m_monetary;
    QComboBox *m_scheme;
    QCheckBox *m_rFixed;
    QSpinBox *m_rDays;
    QCheckBox *m_fFixed;
    QSpinBox *m_fOrders;
    QCheckBox *m_mFixed;
    QDoubleSpinBox *m_mYuan;
    QSpinBox *m_keep;
    QTableWidget *m_segments;
    QTableWidget *m_tiers;
    QLabel *m_error;
};

} // namespace Patron
