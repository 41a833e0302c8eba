// SPDX-License-Identifier: Apache-2.0
#include "progress_run.h"

#include <QCoreApplication>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <QWidget>
#include <algorithm>

namespace lastmile::app {

namespace {

QPointer<QProgressDialog> g_current;

} // namespace

ProgressRun::ProgressRun(QWidget* parent, const QString& label)
    : QObject(parent), m_cancelled(std::make_shared<std::atomic<bool>>(false))
{
    m_dialog = new QProgressDialog(label, tr("Cancel"), 0, 0, parent);
    m_dialog->setObjectName(QStringLiteral("repositoryProgressDialog"));
    m_dialog->setWindowTitle(tr("Team Repository"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(0);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumWidth(420);
    connect(m_dialog, &QProgressDialog::canceled, this, [this] {
        m_cancelled->store(true);
        m_dialog->setLabelText(tr("Cancelling…"));
    });
    g_current = m_dialog;
}

ProgressRun::~ProgressRun()
{
    if (m_thread) {
        // The window closes mid-operation: cancel it and wait; it changes nothing then.
        m_cancelled->store(true);
        m_thread->wait();
        delete m_thread;
    }
    delete m_dialog;
}

QProgressDialog* ProgressRun::current()
{
    return g_current.data();
}

void ProgressRun::report(std::int64_t done, std::int64_t total)
{
    if (total <= 0) {
        m_dialog->setRange(0, 0); // busy: the total is not known yet
        return;
    }
    // The bar counts in thousandths, so totals beyond int's range still fit.
    m_dialog->setRange(0, 1000);
    m_dialog->setValue(int(std::min<std::int64_t>(1000, done * 1000 / total)));
}

ProgressRun* ProgressRun::start(QWidget* parent, const QString& label,
                                std::function<void(const repository::Progress&)> body, std::function<void()> finished)
{
    auto* run = new ProgressRun(parent, label);
    run->m_dialog->show();
    const std::shared_ptr<std::atomic<bool>> cancelled = run->m_cancelled;
    // `run` outlives the thread (its destructor waits for it), so the worker may post to it.
    const repository::Progress progress = [run, cancelled](std::int64_t done, std::int64_t total) {
        QMetaObject::invokeMethod(run, [run, done, total] { run->report(done, total); });
        return !cancelled->load();
    };
    run->m_thread = QThread::create([body = std::move(body), progress] { body(progress); });
    run->m_thread->setObjectName(QStringLiteral("RepositoryOperation"));
    connect(run->m_thread, &QThread::finished, run, [run, finished = std::move(finished)] {
        run->m_thread->wait();
        delete run->m_thread;
        run->m_thread = nullptr;
        run->m_dialog->hide();
        finished();
        run->deleteLater();
    });
    // Started once the event loop turns: the dialog is shown first, and a Cancel pressed at once
    // is seen by the first progress call.
    QTimer::singleShot(0, run, [run] { run->m_thread->start(); });
    return run;
}

void runInBackground(QObject* receiver, std::function<std::function<void()>()> work)
{
    const QPointer<QObject> guard(receiver);
    QThread* thread = QThread::create([guard, work = std::move(work)] {
        std::function<void()> deliver = work();
        // Delivered through the application, which outlives the receiver.
        QMetaObject::invokeMethod(qApp, [guard, deliver = std::move(deliver)] {
            if (guard) {
                deliver();
            }
        });
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

} // namespace lastmile::app
