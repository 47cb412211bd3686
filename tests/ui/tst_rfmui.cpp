// RFM in the GUI (offscreen): the 360° page shows the segment, tier, scores and the segment
// history; Recompute RFM now computes off the GUI thread and the page follows; the
// settings dialog saves through the undo stack.

#include "commands/commandcontext.h"
#include "customers/customerpage.h"
#include "mainwindow.h"
#include "rfm/rfmactions.h"
#include "rfm/rfmengine.h"
#include "rfm/rfmpanel.h"
#include "rfm/rfmscheduler.h"
#include "rfm/rfmsettings.h"
#include "rfm/rfmsettingsdialog.h"
#include "services/recordstore.h"
#include "storage/database.h"
#include "testdatabase.h"
#include "uitesthelpers.h"
#include "util/i18n.h"
#include "util/values.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QUndoStack>

using namespace Patron;

class TestRfmUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_a = 0, m_b = 0;

    void order(qint64 c, const QString &date, qint64 cents)
    {
        QVERIFY(m_ws->store().insert(Entity::Order,
                                     Record {{QStringLiteral("customer_id"), c},
                                             {QStringLiteral("ordered_at"), date},
                                             {QStringLiteral("amount_cents"), cents}}));
    }
    QString text(const char *name) const
    {
        auto *l = m_window->customerPage()->findChild<QLabel *>(QString::fromLatin1(name));
        return l ? l->text() : QStringLiteral("<missing>");
    }

private slots:
    void initTestCase()
    {
        PATRON_REQUIRE_BACKEND();
        Test::isolateSettings(m_settingsDir);
        if (!qEnvironmentVariable("PATRON_SCREENSHOT_LANG").isEmpty())
            installTranslations(qEnvironmentVariable("PATRON_SCREENSHOT_LANG"));
    }
    void init()
    {
        m_db = std::make_unique<Test::TestDatabase>();
        m_ws = m_db->open();
        QVERIFY(m_ws);
        m_a = m_ws->store()
                  .insert(Entity::Customer,
                          Record {{QStringLiteral("name"), QStringLiteral("甲公司")}})
                  .valueOr(0);
        m_b = m_ws->store()
                  .insert(Entity::Customer,
                          Record {{QStringLiteral("name"), QStringLiteral("乙公司")}})
                  .valueOr(0);
        order(m_a, QStringLiteral("2026-06-20"), 123450);
        order(m_b, QStringLiteral("2026-06-01"), 10000);
        order(m_b, QStringLiteral("2026-06-25"), 20000);
        m_window = std::make_unique<MainWindow>(*m_ws);
        m_window->show();
    }
    void cleanup()
    {
        m_window.reset();
        m_ws.reset();
        m_db.reset();
    }

    void pageShowsSegmentAndHistory()
    {
        RfmEngine engine(m_ws->database());
        QVERIFY(engine.compute(RfmSettings {}, QDate(2026, 6, 30)));
        // A buys twice the next day: 重要挽留 → 重要价值 as of 07-01 (R, F and M above B's).
        order(m_a, QStringLiteral("2026-07-01"), 50000);
        order(m_a, QStringLiteral("2026-07-01"), 50000);
        QVERIFY(engine.compute(RfmSettings {}, QDate(2026, 7, 1)));

        m_window->openCustomer(m_a);
        Customer360Page *page = m_window->customerPage();
        QTRY_COMPARE(text("rfmSegment"), Rfm::translatedSegmentName(Rfm::ImportantValue));
        QCOMPARE(text("rfmTier"), Rfm::translatedTierName(Rfm::TierHighValue));
        QVERIFY2(text("rfmValues").contains(QStringLiteral("R 3")), qPrintable(text("rfmValues")));
        QVERIFY(text("rfmValues").contains(QStringLiteral("F 3")));
        QVERIFY(text("rfmValues").contains(QStringLiteral("M 3")));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("rfmSegment"))->isVisible());

        auto *history = page->findChild<QListWidget *>(QStringLiteral("rfmHistory"));
        QVERIFY(history);
        QCOMPARE(history->count(), 2);
        const QString newest = history->item(0)->text();
        QVERIFY2(newest.contains(Rfm::translatedSegmentName(Rfm::ImportantWinBack)
                                 + QStringLiteral(" → ")
                                 + Rfm::translatedSegmentName(Rfm::ImportantValue)),
                 qPrintable(newest));
        QVERIFY(newest.contains(Values::displayDate(QStringLiteral("2026-07-01"))));
        QVERIFY(
            history->item(1)->text().contains(Rfm::translatedSegmentName(Rfm::ImportantWinBack)));
        page->tabs()->setCurrentWidget(page->rfmPanel());
        QVERIFY(history->isVisible());
        Test::screenshot(m_window.get(), QStringLiteral("customer-rfm"));

        // A label the user set shows instead of the translated name.
        RfmSettings s;
        s.labels.segments.insert(Rfm::ImportantValue, QStringLiteral("金牌客户"));
        QVERIFY(s.save(m_ws->database()));
        page->rfmPanel()->reload();
        QCOMPARE(text("rfmSegment"), QStringLiteral("金牌客户"));
    }

    void recomputeNowRunsOffTheGuiThread()
    {
        m_window->openCustomer(m_b);
        QVERIFY(text("rfmValues").contains(QStringLiteral("Recompute RFM now")));
        auto *rfm = m_window->findChild<RfmActions *>();
        QVERIFY(rfm);
        QSignalSpy ready(rfm->scheduler(), &RfmScheduler::snapshotReady);
        rfm->recomputeAction()->trigger();
        QVERIFY(ready.wait(20000));
        // As of today, B's last order is long ago but it is the only recent buyer's peer.
        QTRY_VERIFY(
            m_window->customerPage()->findChild<QLabel *>(QStringLiteral("rfmSegment"))->isVisible()
            || text("rfmValues").contains(QStringLiteral("No counted order")));
        auto current = RfmEngine(m_ws->database()).currentSnapshot();
        QVERIFY(current && current.value());
        QCOMPARE(current.value()->id, ready.first().first().toLongLong());
        QCOMPARE(current.value()->asOf, Values::storeDate(QDate::currentDate()));
    }

    void settingsDialogSavesWithUndo()
    {
        auto *rfm = m_window->findChild<RfmActions *>();
        QVERIFY(rfm);
        QSignalSpy ready(rfm->scheduler(), &RfmScheduler::snapshotReady);
        RfmSettingsDialog *dialog = rfm->openSettings();
        QVERIFY(dialog);
        auto *window = dialog->findChild<QSpinBox *>(QStringLiteral("windowDays"));
        QCOMPARE(window->value(), 365);
        window->setValue(0);
        dialog->findChild<QCheckBox *>(QStringLiteral("frequencyFixed"))->setChecked(true);
        dialog->findChild<QSpinBox *>(QStringLiteral("frequencyOrders"))->setValue(4);
        dialog->accept();
        auto saved = RfmSettings::load(m_ws->database());
        QVERIFY(saved);
        QCOMPARE(saved->windowDays, 0);
        QCOMPARE(saved->frequencyMin.value_or(0), 4);
        QVERIFY(saved->labels.segments.isEmpty()); // defaults are not stored
        QVERIFY(ready.wait(20000)); // the new settings are computed at once

        m_window->commands().stack()->undo();
        QCOMPARE(RfmSettings::load(m_ws->database())->windowDays, 365);
        QVERIFY(!RfmSettings::load(m_ws->database())->frequencyMin);
        m_window->commands().stack()->redo();
        QCOMPARE(RfmSettings::load(m_ws->database())->windowDays, 0);
    }
};

QTEST_MAIN(TestRfmUi)
#include "tst_rfmui.moc"
