// empty-window: the baseline of `./dev.sh bench`. A plain QMainWindow with nothing in it, built
// with the same compiler flags as the console; `--smoke` exits once it has painted, exactly as
// operator-console --smoke does, so the ratio compares like with like.
// `--with-text` puts one line of text in it: a second, reference baseline that pays for the
// font database (fontconfig on Linux) as every window with text does, and the empty one never.

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

namespace {

class EmptyWindow final : public QMainWindow {
public:
    EmptyWindow() = default;
    Q_DISABLE_COPY_MOVE(EmptyWindow)

    bool smoke = false;

protected:
    bool event(QEvent *event) override
    {
        const bool result = QMainWindow::event(event);
        if (smoke && event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            // Queued, like the console: the frame is finished before the program ends.
            QMetaObject::invokeMethod(
                this, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
        }
        return result;
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    EmptyWindow window;
    window.smoke = QApplication::arguments().contains(QStringLiteral("--smoke"));
    if (QApplication::arguments().contains(QStringLiteral("--with-text")))
        window.setCentralWidget(new QLabel(QStringLiteral("Operator Console"), &window));
    window.resize(960, 640);
    if (window.smoke) {
        QTimer::singleShot(30000, &app, [] {
            std::fprintf(stderr, "empty-window: not painted within 30 s\n");
            QCoreApplication::exit(1);
        });
    }
    window.show();
    return QApplication::exec();
}
