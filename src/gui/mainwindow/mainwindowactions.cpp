#include "mainwindowactions.h"

#include "bulkrunhost.h"
#include "deleteform.h"
#include "gui/catalogue/batchpreviewpane.h"
#include "gui/catalogue/cataloguepanel.h"
#include "statuspane.h"
#include "windowdialogs.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>

MainWindowActions::MainWindowActions(const Actions& actions, QObject* parent)
    : QObject(parent)
    , m_actions(actions)
{
    const QIcon deleteIcon(QStringLiteral(":/icons/delete-batch.svg"));
    m_actions.deleteBatch->setIcon(deleteIcon);
    m_actions.bulkDelete->setIcon(deleteIcon);
    m_actions.bulkDelete->setEnabled(false);
    m_actions.fetchAgain->setEnabled(false);
    m_actions.showBulkRun->setEnabled(false);
    connect(m_actions.settings, &QAction::triggered, this, &MainWindowActions::settingsRequested);
    connect(m_actions.deleteBatch, &QAction::triggered, this, &MainWindowActions::deletionRequested);
}

void MainWindowActions::connectTo(const Targets& targets)
{
    connect(m_actions.audit, &QAction::triggered, targets.dialogs, &WindowDialogs::openAuditTrail);
    connect(m_actions.quit, &QAction::triggered, targets.window, &QWidget::close);
    connect(m_actions.copy, &QAction::triggered, targets.statusPane, &StatusPane::copyRows);
    connect(targets.form, &DeleteForm::validated, this, &MainWindowActions::setDeleteEnabled);
    connect(m_actions.bulkDelete, &QAction::triggered, targets.cataloguePanel,
            &CataloguePanel::requestBulkDeletion);
    connect(targets.cataloguePanel, &CataloguePanel::bulkSelectionChanged, this,
            &MainWindowActions::setBulkSelectionCount);
    connect(m_actions.showBulkRun, &QAction::triggered, targets.bulkRun, &BulkRunHost::showRunWindow);
    connect(targets.bulkRun, &BulkRunHost::runStarting, this, &MainWindowActions::setBulkRunStarted);
    connect(m_actions.addIds, &QAction::triggered, targets.dialogs, &WindowDialogs::openAddIds);
    connect(m_actions.find, &QAction::triggered, targets.cataloguePanel, &CataloguePanel::focusFilter);
    connect(m_actions.fetchAgain, &QAction::triggered, targets.preview, &BatchPreviewPane::fetchAgain);
    connect(targets.preview, &BatchPreviewPane::fetchAgainAvailable, m_actions.fetchAgain,
            &QAction::setEnabled);
    connect(m_actions.shortcuts, &QAction::triggered, targets.dialogs, &WindowDialogs::showShortcuts);
    connect(m_actions.about, &QAction::triggered, targets.dialogs, &WindowDialogs::showAbout);
    connect(m_actions.aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindowActions::setDeleteEnabled(bool enabled)
{
    m_actions.deleteBatch->setEnabled(enabled);
}

void MainWindowActions::setRequestRunning(bool running)
{
    m_requestRunning = running;
    m_actions.settings->setEnabled(!running);
    updateBulkDelete();
}

void MainWindowActions::setBulkSelectionCount(int count)
{
    m_bulkSelectionCount = count;
    updateBulkDelete();
}

void MainWindowActions::setWindingDown()
{
    m_windingDown = true;
    updateBulkDelete();
}

void MainWindowActions::setBulkRunStarted()
{
    m_actions.showBulkRun->setEnabled(true);
}

void MainWindowActions::updateBulkDelete()
{
    m_actions.bulkDelete->setEnabled(m_bulkSelectionCount > 0 && !m_requestRunning && !m_windingDown);
}
