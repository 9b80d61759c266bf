#pragma once

#include "shell/module.h"

namespace kontor {

// An honest page for a module that a later release brings: what it will do, not a fake screen.
class PlaceholderModule : public Module
{
    Q_OBJECT
public:
    PlaceholderModule(QString id, QString title, QString promise, QObject *parent = nullptr);

    QString id() const override { return m_id; }
    QString title() const override { return m_title; }
    QIcon icon() const override;

protected:
    QWidget *createWidget() override;

private:
    QString m_id;
    QString m_title;
    QString m_promise;
};

} // namespace kontor
