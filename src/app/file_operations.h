// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>
#include <functional>

class QMimeData;
class QWidget;

namespace lastmile::app {

class AssessmentDocument;

// What the File menu, the library and a drop do with files before a window opens one: ask for a
// new engagement and write it, choose a file to open, find or write the demo engagement, save a
// copy of the open file, and recognize a dropped assessment. Opening itself is the window's
// (openRequested); problems are reported as a sentence naming the file (failed), never thrown.
class FileOperations : public QObject
{
    Q_OBJECT

public:
    // How a file asked for should open: as it was last opened here (Workspace::opensForReview),
    // for review, or for editing (a file just made here).
    enum class Opening { AsRemembered, ForReview, ForEditing };
    Q_ENUM(Opening)

    // What the operations ask the user. By default Qt's dialogs over the window; an empty answer
    // means cancelled. Tests answer instead.
    struct Questions
    {
        // A line of text (the organization's name).
        std::function<QString(const QString& title, const QString& label)> text;
        // An existing assessment file to open, starting in `folder`.
        std::function<QString(const QString& title, const QString& folder)> fileToOpen;
        // Where to save a new file, suggesting `suggested`; `confirmOverwrite` asks before
        // choosing an existing file.
        std::function<QString(const QString& title, const QString& suggested, bool confirmOverwrite)> fileToSave;
    };

    // `window` parents the dialogs.
    explicit FileOperations(QWidget* window);
    void setQuestions(Questions questions);

    // File > New Engagement…: asks for the organization's name and where to save it (in the
    // default folder, named after the organization, ".lastmile" added when missing), moves a
    // file being replaced to the trash (a file is never overwritten in place), writes the
    // engagement and asks to open it for editing. Cancelling any question does nothing.
    void newEngagement();
    // Writes a new engagement for `organization` at `path` (which must not exist) with a first
    // round, dated today, on the shipped question bank of the program's language; remembers it as
    // opened for editing. False, after `failed`, when it cannot.
    bool writeEngagement(const QString& path, const QString& organization);
    // File > Open… (as remembered) and Open Read-Only… (for review).
    void chooseAndOpen(bool readOnly);
    // Open Demo Engagement: the demo in the default folder, written there first when missing.
    void openDemo();
    // File > Save a Copy As…: a copy of `document` where the user chooses (never over an existing
    // file: AssessmentDocument::saveCopyAs refuses it), remembered as opened for editing.
    void saveCopy(const AssessmentDocument* document);

    // The path of the one local ".lastmile" file in a drag or drop; empty for anything else
    // (several files, another kind of file, a remote address).
    static QString droppedFile(const QMimeData* data);

signals:
    void openRequested(const QString& path, lastmile::app::FileOperations::Opening how);
    // A sentence naming the file and the reason; nothing was changed.
    void failed(const QString& message);
    // What happened, for the status bar.
    void status(const QString& message);

private:
    Questions m_ask;
};

} // namespace lastmile::app
