// SPDX-License-Identifier: Apache-2.0
// The start-up floor: a Qt Widgets program that shows one window and quits after its first
// paint, measured beside `lastmile --quit-after-first-paint`.
#include <QApplication>
#include <QPaintEvent>
#include <QTimer>
#include <QWidget>

namespace {

class Window : public QWidget
{
protected:
    void paintEvent(QPaintEvent*) override
    {
        if (!m_painted) {
            m_painted = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    Window window;
    window.resize(1280, 820);
    window.show();
    return app.exec();
}
