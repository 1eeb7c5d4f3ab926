// The status bar gives up width instead of taking it: long texts (Russian runs a third longer
// than English) are elided with the whole text in the tooltip, and the window keeps its size.

#include "Translations.h"
#include "ui/ConsoleStatusBar.h"

#include <QImage>
#include <QLabel>
#include <QMainWindow>
#include <QTest>
#include <QTranslator>

using namespace opc;

class TestStatusBar final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void longTextsDoNotWidenTheWindow()
    {
        QMainWindow window;
        auto *bar = new ui::ConsoleStatusBar(&window);
        window.setStatusBar(bar);
        window.resize(640, 400);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QString longText
            = QStringLiteral("Не удалось запустить CRM-песочницу: база данных недоступна. ")
                  .repeated(4);
        bar->setSandbox(true);
        bar->setStartupState(longText, true);
        bar->setOnline(false, longText);
        QTest::qWait(50);
        QCOMPARE(window.width(), 640);
        QVERIFY(window.minimumSizeHint().width() <= 640);

        auto *state = bar->findChild<QLabel *>(QStringLiteral("startupStateLabel"));
        QVERIFY(state);
        QCOMPARE(state->text(), longText); // the label keeps the whole text …
        QCOMPARE(state->toolTip(), longText); // … and the tooltip shows it
        QVERIFY(state->width() < state->fontMetrics().horizontalAdvance(longText));
    }

    void refusedAuditEventsAreShownAndCounted()
    {
        ui::ConsoleStatusBar bar;
        bar.show();
        auto *notice = bar.findChild<QLabel *>(QStringLiteral("auditNotice"));
        QVERIFY(notice);
        QVERIFY(!notice->isVisible());
        bar.setRefusedAuditEvents(3);
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QLatin1Char('3')), qPrintable(notice->text()));
        QVERIFY(!notice->toolTip().isEmpty());
        bar.setRefusedAuditEvents(0);
        QVERIFY(!notice->isVisible());
    }

    // A count past 999 is grouped as the interface's locale groups numbers, in the label and
    // in its tooltip, in English and in Russian (the translators main.cpp installs).
    void refusedCountIsGroupedInTheInterfaceLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("tooltipStart");
        QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates)
                            << QStringLiteral("1,234 audit events refused")
                            << QStringLiteral("1,234 audit events were refused by the CRM.");
        // Russian groups with a no-break space: «1 234», never broken across lines.
        QTest::newRow("ru") << QLocale(QLocale::Russian, QLocale::Russia)
                            << QStringLiteral("CRM отклонила 1\u00a0234 записи журнала")
                            << QStringLiteral("CRM отклонила 1\u00a0234 записи журнала действий.");
    }

    void refusedCountIsGroupedInTheInterfaceLanguage()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, text);
        QFETCH(QString, tooltipStart);
        const QLocale before;
        QLocale::setDefault(locale);
        QCOMPARE(i18n::installTranslators(*QCoreApplication::instance(), locale),
                 locale.language() == QLocale::Russian ? QStringLiteral("ru")
                                                       : QStringLiteral("en"));
        ui::ConsoleStatusBar bar;
        bar.setRefusedAuditEvents(1234);
        auto *notice = bar.findChild<QLabel *>(QStringLiteral("auditNotice"));
        QVERIFY(notice);
        const QString shown = notice->text();
        const QString tooltip = notice->toolTip();
        QLocale::setDefault(before);
        qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>());
        QCOMPARE(shown, text);
        QVERIFY2(tooltip.startsWith(tooltipStart), qPrintable(tooltip));
    }

    // The connection dot is a picture, not text: it must really be drawn.
    void connectionIconIsDrawn()
    {
        QMainWindow window;
        auto *bar = new ui::ConsoleStatusBar(&window);
        window.setStatusBar(bar);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bar->setOnline(true);
        auto *icon = bar->findChild<QLabel *>(QStringLiteral("connectionIcon"));
        QVERIFY(icon);
        icon->show();
        QTRY_VERIFY(icon->isVisible() && icon->width() > 0);
        const QImage drawn = icon->grab().toImage();
        const QRgb background = drawn.pixel(0, 0);
        int painted = 0;
        for (int y = 0; y < drawn.height(); ++y)
            for (int x = 0; x < drawn.width(); ++x)
                painted += drawn.pixel(x, y) != background;
        QVERIFY2(painted > 10, "the online icon is not drawn");
    }
};

QTEST_MAIN(TestStatusBar)
#include "tst_statusbar.moc"
