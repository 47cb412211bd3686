#include "guimain.h"

#include "appicon.h"
#include "customers/customerlistview.h"
#include "customers/customerpage.h"
#include "demo/demoloader.h"
#include "mainwindow.h"
#include "models/customertablemodel.h"
#include "reminders/remindercontroller.h"
#include "rfm/rfmactions.h"
#include "sop/sopactions.h"
#include "services/customerservice.h"
#include "services/workspace.h"
#include "util/i18n.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QTabWidget>
#include <QTimer>

namespace Patron {

namespace {

ConnectionSettings connectionFor(const QString &database, QString *error)
{
    if (database.startsWith(QLatin1String("postgresql://")) || database.startsWith(QLatin1String("postgres://"))
        || database.startsWith(QLatin1String("pg:")))
        return ConnectionSettings::fromUrl(database, error);
    const QString path = database.isEmpty() ? Workspace::defaultDatabasePath() : QFileInfo(database).absoluteFilePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    return ConnectionSettings::sqlite(path);
}

bool databaseIsEmpty(Workspace &workspace)
{
    const auto any = workspace.customers().hasAnyCustomers();
    return any && !any.value();
}

// Hidden hook for documentation and visual checks: PATRON_SCREENSHOT=<file.png> grabs the
// main window once it is shown and quits; PATRON_SCREENSHOT_TAB=<n> first opens the 360°
// page of the first customer in the list on tab n.
void scheduleScreenshot(MainWindow &window)
{
    const QString path = qEnvironmentVariable("PATRON_SCREENSHOT");
    if (path.isEmpty())
        return;
    QTimer::singleShot(300, &window, [&window, path] {
        const QString tab = qEnvironmentVariable("PATRON_SCREENSHOT_TAB");
        if (!tab.isEmpty()) {
            window.openCustomer(window.customerList()->model()->idAt(0));
            window.customerPage()->tabs()->setCurrentIndex(tab.toInt());
        }
        QTimer::singleShot(300, &window, [&window, path] {
            const bool ok = window.grab().save(path);
            QCoreApplication::exit(ok ? 0 : 2);
        });
    });
}

} // namespace

int guiMain(int argc, char *argv[])
{
    QApplication app(argc, argv);
    app.setWindowIcon(appIcon());
    app.setDesktopFileName(QStringLiteral("org.patron.Patron"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Patron::GuiMain", "Patron — customer relationship manager"));
    parser.addHelpOption();
    parser.addVersionOption();
    // -d as on the command line (`patron -d FILE customers list`).
    const QCommandLineOption databaseOption(
        QStringList {QStringLiteral("d"), QStringLiteral("database")},
        QCoreApplication::translate("Patron::GuiMain", "SQLite file, or a postgresql:// URL of a team server."),
        QStringLiteral("path"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("Patron::GuiMain", "Interface language: zh_CN or en."),
                                        QStringLiteral("language"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("Patron::GuiMain", "Fill an empty database with demo data before starting."));
    const QCommandLineOption minimizedOption(
        QStringLiteral("minimized"),
        QCoreApplication::translate("Patron::GuiMain", "Start hidden in the system tray (minimised when there is "
                                                       "none); reminders still pop up. Used when starting at login."));
    parser.addOptions({databaseOption, langOption, demoOption, minimizedOption});
    parser.process(app);

    installTranslations(parser.value(langOption));

    QString urlError;
    const ConnectionSettings settings = connectionFor(parser.value(databaseOption), &urlError);
    if (!urlError.isEmpty()) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("Patron::GuiMain", "Patron"), urlError);
        return 1;
    }
    auto opened = Workspace::open(settings);
    if (!opened) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("Patron::GuiMain", "Patron"),
                              QCoreApplication::translate("Patron::GuiMain", "Could not open the database %1:\n\n%2")
                                  .arg(settings.describe(), opened.error().message));
        return 1;
    }
    std::unique_ptr<Workspace> workspace = std::move(opened.value());

    if (parser.isSet(demoOption) && databaseIsEmpty(*workspace)) {
        Status s = loadDemoData(*workspace, 2000, nullptr);
        if (!s && !s.error().message.isEmpty())
            QMessageBox::warning(nullptr, QCoreApplication::translate("Patron::GuiMain", "Load demo data"),
                                 s.error().message);
    }

    int code = 0;
    {
        MainWindow window(*workspace);
        // Reminders fire (missed ones first) even while the window is hidden in the tray.
        auto *reminders = window.findChild<ReminderController *>();
        if (parser.isSet(minimizedOption) && reminders)
            reminders->startMinimized();
        else
            window.show();
        if (reminders) {
            reminders->quitWithMainWindow();
            reminders->start();
        }
        // Keeps RFM snapshots current (start-up, midnight, order changes) off the GUI thread.
        if (auto *rfm = window.findChild<RfmActions *>())
            rfm->startScheduling();
        // Runs the SOP rules at start-up, after data changes and every few minutes.
        if (auto *sop = window.findChild<SopActions *>())
            sop->startScheduling();
        scheduleScreenshot(window);
        code = app.exec();
    }
    workspace.reset();
    return code;
}

} // namespace Patron
