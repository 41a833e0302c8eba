// SPDX-License-Identifier: Apache-2.0
#include "question_panel.h"

#include "app/plain_label.h"
#include "level_card.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>
#include <functional>

namespace lastmile::app {

namespace {

// Keeps the questionnaire's single-key shortcuts (0-4, D, N, arrows, J, Backspace…) out of the
// text fields: a key without Ctrl, Alt or Meta typed into a field goes to the field. Esc leaves
// the field, back to answering (`leave`).
class TextKeyGuard : public QObject
{
public:
    TextKeyGuard(QObject* parent, std::function<void()> leave) : QObject(parent), m_leave(std::move(leave)) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            auto* key = static_cast<QKeyEvent*>(event);
            const bool modified = key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
            const bool functionKey = key->key() >= Qt::Key_F1 && key->key() <= Qt::Key_F35;
            if (!modified && !functionKey) {
                key->accept();
                return true;
            }
        }
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape &&
            !(static_cast<QKeyEvent*>(event)->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            m_leave();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_leave;
};

QPlainTextEdit* textField(QWidget* parent, const QString& objectName, QObject* guard)
{
    auto* field = new QPlainTextEdit(parent);
    field->setObjectName(objectName);
    field->setTabChangesFocus(true);
    field->setUndoRedoEnabled(false); // Undo is the document's
    field->installEventFilter(guard);
    return field;
}

} // namespace

QuestionPanel::QuestionPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("questionPanel"));
    auto* guard = new TextKeyGuard(this, [this] { emit textLeft(); });
    auto* layout = new QVBoxLayout(this);

    m_heading = plainLabel(this, QStringLiteral("questionHeadingLabel"));
    layout->addWidget(m_heading);
    m_question = plainLabel(this, QStringLiteral("questionTextLabel"));
    m_question->setTextInteractionFlags(Qt::NoTextInteraction);
    layout->addWidget(m_question);

    m_helpToggle = new QToolButton(this);
    m_helpToggle->setObjectName(QStringLiteral("helpToolButton"));
    m_helpToggle->setText(tr("Why it matters and what to look for (H)"));
    m_helpToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_helpToggle->setArrowType(Qt::DownArrow);
    m_helpToggle->setAutoRaise(true);
    m_helpToggle->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_helpToggle);
    m_help = plainLabel(this, QStringLiteral("helpTextLabel"));
    m_help->setContentsMargins(m_help->fontMetrics().averageCharWidth() * 3, 0, 0, 0);
    layout->addWidget(m_help);
    connect(m_helpToggle, &QToolButton::clicked, this, [this] { setHelpVisible(!m_helpShown); });

    m_status = plainLabel(this, QStringLiteral("answerStatusLabel"));
    layout->addSpacing(m_status->fontMetrics().height() / 2);
    layout->addWidget(m_status);

    for (int level = kMinLevel; level <= kMaxLevel; ++level) {
        auto* card = new LevelCard(QString::number(level), this);
        card->setObjectName(QStringLiteral("levelCard%1").arg(level));
        connect(card, &LevelCard::clicked, this, [this, level] { emit levelChosen(level); });
        m_cards[static_cast<std::size_t>(level)] = card;
        layout->addWidget(card);
    }

    auto* other = new QHBoxLayout;
    m_dontKnow = new LevelCard(tr("D"), this);
    m_dontKnow->setObjectName(QStringLiteral("dontKnowCard"));
    m_dontKnow->setContent(tr("Don't know"), {});
    connect(m_dontKnow, &LevelCard::clicked, this, &QuestionPanel::dontKnowChosen);
    m_notApplicable = new LevelCard(tr("N"), this);
    m_notApplicable->setObjectName(QStringLiteral("notApplicableCard"));
    m_notApplicable->setContent(tr("Not applicable"), {});
    connect(m_notApplicable, &LevelCard::clicked, this, &QuestionPanel::notApplicableChosen);
    other->addWidget(m_dontKnow);
    other->addWidget(m_notApplicable);
    layout->addLayout(other);

    m_reasonRow = new QWidget(this);
    auto* reasonLayout = new QHBoxLayout(m_reasonRow);
    reasonLayout->setContentsMargins(0, 0, 0, 0);
    auto* reasonLabel = new QLabel(tr("Reason not a&pplicable:"), m_reasonRow);
    reasonLabel->setObjectName(QStringLiteral("reasonLabel"));
    m_reason = new QLineEdit(m_reasonRow);
    m_reason->setObjectName(QStringLiteral("reasonLineEdit"));
    m_reason->setPlaceholderText(tr("The reason this practice does not apply to the initiative"));
    m_reason->installEventFilter(guard);
    reasonLabel->setBuddy(m_reason);
    reasonLayout->addWidget(reasonLabel);
    reasonLayout->addWidget(m_reason, 1);
    m_reasonRow->hide();
    layout->addWidget(m_reasonRow);
    connect(m_reason, &QLineEdit::editingFinished, this, [this] {
        if (m_reason->isModified() && !m_reason->isReadOnly()) {
            m_reason->setModified(false);
            emit reasonCommitted(m_reason->text());
        }
    });
    connect(m_reason, &QLineEdit::returnPressed, this, &QuestionPanel::reasonDone);

    m_textRow = new QWidget(this);
    auto* texts = new QGridLayout(m_textRow);
    texts->setContentsMargins(0, 0, 0, 0);
    auto* notesLabel = new QLabel(tr("N&otes"), m_textRow);
    notesLabel->setObjectName(QStringLiteral("notesLabel"));
    m_notes = textField(m_textRow, QStringLiteral("notesTextEdit"), guard);
    notesLabel->setBuddy(m_notes);
    m_evidenceLabel = new QLabel(tr("Evi&dence"), m_textRow);
    m_evidenceLabel->setObjectName(QStringLiteral("evidenceLabel"));
    m_evidence = textField(m_textRow, QStringLiteral("evidenceTextEdit"), guard);
    m_evidence->setPlaceholderText(tr("Documents, data or examples that back this answer"));
    m_evidenceLabel->setBuddy(m_evidence);
    texts->addWidget(notesLabel, 0, 0);
    texts->addWidget(m_notes, 1, 0);
    texts->addWidget(m_evidenceLabel, 0, 1);
    texts->addWidget(m_evidence, 1, 1);
    layout->addSpacing(m_status->fontMetrics().height() / 2);
    layout->addWidget(m_textRow);
    const auto edited = [this] {
        if (!m_updating) {
            emit textEdited();
        }
    };
    connect(m_notes, &QPlainTextEdit::textChanged, this, edited);
    connect(m_evidence, &QPlainTextEdit::textChanged, this, edited);

    m_keys = plainLabel(this, QStringLiteral("keyHintLabel"));
    m_keys->setText(tr("Keys: 0–4 choose a level · D don't know · N not applicable · Backspace clear · "
                       "←/→ or PgUp/PgDn previous/next question · Ctrl+PgUp/PgDn previous/next friction · "
                       "J or F6 next unanswered · Tab to the notes"));
    m_keys->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_keys);
    layout->addStretch(1);

    applyFonts();
}

void QuestionPanel::setQuestion(const QString& heading, const Question& question, const QuestionBank& bank)
{
    m_heading->setText(heading);
    m_question->setText(QString::fromStdString(question.text));
    m_help->setText(QString::fromStdString(question.help));
    m_helpToggle->setVisible(!question.help.empty());
    m_help->setVisible(!question.help.empty() && m_helpShown);
    for (int level = kMinLevel; level <= kMaxLevel; ++level) {
        const auto index = static_cast<std::size_t>(level);
        m_cards[index]->setContent(QString::fromStdString(bank.scale[index]),
                                   QString::fromStdString(question.levels[index]));
        m_cards[index]->show();
    }
    m_dontKnow->show();
    m_notApplicable->show();
    m_textRow->show();
}

void QuestionPanel::showNoQuestion(const QString& message)
{
    m_heading->clear();
    m_question->setText(message);
    m_help->hide();
    m_helpToggle->hide();
    m_status->clear();
    for (LevelCard* card : m_cards) {
        card->hide();
    }
    m_dontKnow->hide();
    m_notApplicable->hide();
    m_reasonRow->hide();
    m_textRow->hide();
}

void QuestionPanel::setAnswer(const std::optional<Answer>& answer, const QString& status)
{
    for (int level = kMinLevel; level <= kMaxLevel; ++level) {
        m_cards[static_cast<std::size_t>(level)]->setSelected(answer && answer->isLevel() && answer->level == level);
    }
    m_dontKnow->setSelected(answer && answer->kind == Answer::Kind::DontKnow);
    const bool notApplicable = answer && answer->kind == Answer::Kind::NotApplicable;
    m_notApplicable->setSelected(notApplicable);
    m_reasonRow->setVisible(notApplicable);
    if (!m_reason->isModified()) {
        m_reason->setText(notApplicable ? QString::fromStdString(answer->reason) : QString());
    }
    m_status->setText(status);
}

void QuestionPanel::setTexts(const QString& note, const QString& evidence, bool keepTyped)
{
    if (keepTyped) {
        return;
    }
    m_updating = true;
    if (m_notes->toPlainText() != note) {
        m_notes->setPlainText(note);
    }
    if (m_evidence->toPlainText() != evidence) {
        m_evidence->setPlainText(evidence);
    }
    m_updating = false;
}

void QuestionPanel::setEditable(bool canAnswer, bool hasAnswer)
{
    for (LevelCard* card : m_cards) {
        card->setEnabled(canAnswer);
    }
    m_dontKnow->setEnabled(canAnswer);
    m_notApplicable->setEnabled(canAnswer);
    m_reason->setReadOnly(!canAnswer);
    m_notes->setReadOnly(!canAnswer || !hasAnswer);
    m_evidence->setReadOnly(!canAnswer || !hasAnswer);
    const QString placeholder =
        !canAnswer ? QString() : (hasAnswer ? tr("What the room said") : tr("Choose an answer first, then add a note"));
    m_notes->setPlaceholderText(placeholder);
}

void QuestionPanel::setEvidenceVisible(bool visible)
{
    m_evidenceLabel->setVisible(visible);
    m_evidence->setVisible(visible);
}

void QuestionPanel::setHelpVisible(bool visible)
{
    m_helpShown = visible;
    m_helpToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_help->setVisible(visible && !m_help->text().isEmpty());
}

bool QuestionPanel::isHelpVisible() const
{
    return m_helpShown;
}

void QuestionPanel::applyFonts()
{
    const QFont base;
    const qreal size = base.pointSizeF();
    QFont question = base;
    question.setPointSizeF(size * 1.6);
    m_question->setFont(question);
    QFont heading = base;
    heading.setPointSizeF(size);
    heading.setBold(true);
    m_heading->setFont(heading);
    QFont help = base;
    help.setPointSizeF(size);
    m_help->setFont(help);
    m_helpToggle->setFont(help);
    m_status->setFont(help);
    QFont cards = base;
    cards.setPointSizeF(size + 1.0);
    for (LevelCard* card : m_cards) {
        card->setFont(cards);
    }
    m_dontKnow->setFont(cards);
    m_notApplicable->setFont(cards);
    QFont fields = base;
    fields.setPointSizeF(size);
    m_textRow->setFont(fields);
    m_reasonRow->setFont(fields);
    const int lines = 3;
    const int height = QFontMetrics(fields).lineSpacing() * lines + QFontMetrics(fields).height();
    m_notes->setMinimumHeight(height);
    m_notes->setMaximumHeight(height * 2);
    m_evidence->setMinimumHeight(height);
    m_evidence->setMaximumHeight(height * 2);
}

QString QuestionPanel::note() const
{
    return m_notes->toPlainText();
}

QString QuestionPanel::evidence() const
{
    return m_evidence->toPlainText();
}

std::optional<QString> QuestionPanel::takeTypedReason()
{
    if (!m_reason->isModified()) {
        return std::nullopt;
    }
    m_reason->setModified(false);
    return m_reason->text();
}

void QuestionPanel::focusReason()
{
    m_reason->setFocus(Qt::OtherFocusReason);
    m_reason->selectAll();
}

void QuestionPanel::chainFocusAfter(QWidget* previous)
{
    setTabOrder(previous, m_reason);
    setTabOrder(m_reason, m_notes);
    setTabOrder(m_notes, m_evidence);
}

} // namespace lastmile::app
