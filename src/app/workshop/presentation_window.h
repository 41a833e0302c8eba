// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QUrl>
#include <QWidget>
#include <array>
#include <vector>

class QFrame;
class QLabel;
class QScreen;

namespace lastmile::app {

class HeatRow;
class QrWidget;
class RoomController;
class ShareBar;

// The projector's view of the round of the room (docs/workshop.md, "The projector"): the open
// question with its five anchored levels, don't know and not applicable; the agenda position,
// the time box and who has answered; after the reveal, the distribution (named or anonymous),
// median, spread and disagreement; and the live heat row of the initiative. Before the reveal
// it never shows what anyone answered. A window of its own, full screen on the chosen screen,
// beside the facilitator's window on the same document; it changes nothing.
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    explicit PresentationWindow(RoomController& controller, QWidget* parent = nullptr);
    ~PresentationWindow() override;

    // Full screen on `screen` (the primary screen when null).
    void showOn(QScreen* screen);
    // Every text the window shows now, one per line: what a test or a screen reader reads.
    QString visibleText() const;

    // Phone voting runs: while the room collects (and before a question opens) the window
    // shows the QR code of `joinUrl`, the join address `address` and the grouped `code`,
    // large enough to be read from the back of the room. An empty URL hides them.
    void setJoinDetails(const QUrl& joinUrl, const QString& address, const QString& code);
    // True while the QR code and the join code are on the screen.
    bool isShowingJoin() const;
    // What the QR code on the screen holds (empty when none is shown).
    QByteArray joinQrText() const;

signals:
    // Esc, or the window was closed: the facilitator leaves presentation mode.
    void leaveRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    struct Choice
    {
        QFrame* frame = nullptr;
        QLabel* title = nullptr;
        QLabel* anchor = nullptr;
        ShareBar* bar = nullptr;
        QLabel* count = nullptr;
        QLabel* names = nullptr;
    };

    Choice makeChoice(QWidget* parent, const QString& objectName, bool withAnchor);
    void refresh();
    void showChoice(Choice& choice, int count, int answered, const QStringList& names, bool revealed, bool median);
    void applyScale(qreal scale);
    void fitToWindow();

    RoomController& m_controller;
    QLabel* m_context = nullptr;
    QLabel* m_position = nullptr;
    QLabel* m_timer = nullptr;
    QLabel* m_question = nullptr;
    std::array<Choice, 5> m_levels;
    Choice m_dontKnow;
    Choice m_notApplicable;
    QLabel* m_status = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_empty = nullptr;
    QWidget* m_body = nullptr;
    HeatRow* m_heat = nullptr;
    QFrame* m_join = nullptr;
    QLabel* m_joinTitle = nullptr;
    QrWidget* m_joinQr = nullptr;
    QLabel* m_joinHint = nullptr;
    QLabel* m_joinAddress = nullptr;
    QLabel* m_joinCode = nullptr;
    QUrl m_joinUrl;
    bool m_fitting = false;
};

} // namespace lastmile::app
