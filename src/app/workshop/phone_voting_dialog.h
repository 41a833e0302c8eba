// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QString>
#include <vector>

class QComboBox;
class QSpinBox;

namespace lastmile::app {

// Workshop > Start Phone Voting…: where the phones reach this computer. The address is one of
// the computer's own (never every interface at once): its IPv4 addresses on the room's
// networks (from the voting module, which the Workshop menu loads before showing this), then
// 127.0.0.1 for this computer only; the port is a number or 0 for any free one. Both are
// remembered for the next session (QSettings).
class PhoneVotingDialog : public QDialog
{
    Q_OBJECT

public:
    struct Interface
    {
        QString address; // "192.168.1.20"
        QString label;   // "192.168.1.20 (wlp2s0)", "127.0.0.1 (this computer only)"
    };

    explicit PhoneVotingDialog(QWidget* parent = nullptr);

    // The computer's IPv4 addresses on interfaces that are up, not loopback, in the system's
    // order (modules::roomAddresses(); none when the voting module cannot be loaded); then
    // 127.0.0.1.
    static std::vector<Interface> interfaces();

    QString address() const;
    quint16 port() const;
    // Chooses `address` when offered, else the first address offered.
    void setAddress(const QString& address);
    void setPort(quint16 port);

    // Saves the choice for the next session; called when the dialog is accepted.
    void remember() const;

private:
    QComboBox* m_address = nullptr;
    QSpinBox* m_port = nullptr;
};

} // namespace lastmile::app
