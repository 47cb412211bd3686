#pragma once

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

namespace Patron::Test {

/// Keeps the tests' QSettings in a temporary folder instead of the user's.
inline void isolateSettings(const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PatronTests"));
    QCoreApplication::setApplicationName(QStringLiteral("PatronUiTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QSettings().clear();
}

/// Clicks a check box on its indicator, as a user does: a check box wider than its text
/// toggles only on the indicator and the text, so its centre can miss (wide layouts,
/// short Chinese labels).
inline void clickCheckBox(QWidget *box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(qMin(8, box->width() / 2), box->height() / 2));
}

/// Not a check: with PATRON_SCREENSHOT_DIR set, saves widget there as NAME.png, for
/// people to look at (PATRON_SCREENSHOT_LANG=zh_CN, where a suite installs it, in Chinese).
inline void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PATRON_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QTest::qWait(100);  // let pending layout requests run first
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

/// The visible dialog of type T under parent (dialogs are opened with open(), not exec()).
template<typename T>
T *findOpenDialog(QWidget *parent)
{
    T *found = nullptr;
    (void)QTest::qWaitFor([&] {
        const auto all = parent->findChildren<T *>();
        for (T *d : all) {
            if (d->isVisible())
                found = d;
        }
        return found != nullptr;
    }, 2000);
    return found;
}

/// Types text like a keyboard (QTest::keyClicks only knows ASCII; Chinese text arrives
/// from an input method as key events carrying the text).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

/// Replaces the text of a line edit the way a user does: select all, type.
inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, text);
}

inline void clickOk(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(box);
    QPushButton *ok = box->button(QDialogButtonBox::Ok);
    QVERIFY(ok);
    QTest::mouseClick(ok, Qt::LeftButton);
}

} // namespace Patron::Test
