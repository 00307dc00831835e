# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QMainWindow,
    QMenu, QMenuBar, QSizePolicy, QSplitter,
    QStatusBar, QTableView, QToolBar, QVBoxLayout,
    QWidget)

from casefile.ui.widgets.case_detail import CaseDetailPane

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1440, 880)
        MainWindow.setUnifiedTitleAndToolBarOnMac(True)
        self.actionNewCase = QAction(MainWindow)
        self.actionNewCase.setObjectName(u"actionNewCase")
        self.actionOpenArchive = QAction(MainWindow)
        self.actionOpenArchive.setObjectName(u"actionOpenArchive")
        self.actionRefresh = QAction(MainWindow)
        self.actionRefresh.setObjectName(u"actionRefresh")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionQuit.setMenuRole(QAction.MenuRole.QuitRole)
        self.actionFind = QAction(MainWindow)
        self.actionFind.setObjectName(u"actionFind")
        self.actionShowLog = QAction(MainWindow)
        self.actionShowLog.setObjectName(u"actionShowLog")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.actionAbout.setMenuRole(QAction.MenuRole.AboutRole)
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(self.centralWidget)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(6)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listPane.setMinimumSize(QSize(420, 0))
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setSpacing(8)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(10, 10, 0, 6)
        self.filterRow = QHBoxLayout()
        self.filterRow.setSpacing(8)
        self.filterRow.setObjectName(u"filterRow")
        self.searchEdit = QLineEdit(self.listPane)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.searchEdit)

        self.statusFilter = QComboBox(self.listPane)
        self.statusFilter.setObjectName(u"statusFilter")
        self.statusFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.statusFilter)


        self.listLayout.addLayout(self.filterRow)

        self.caseTable = QTableView(self.listPane)
        self.caseTable.setObjectName(u"caseTable")
        self.caseTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.caseTable.setAlternatingRowColors(True)
        self.caseTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.caseTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.caseTable.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.caseTable.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.caseTable.setShowGrid(False)
        self.caseTable.setSortingEnabled(False)
        self.caseTable.setWordWrap(False)
        self.caseTable.horizontalHeader().setHighlightSections(False)
        self.caseTable.horizontalHeader().setStretchLastSection(False)
        self.caseTable.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.caseTable)

        self.countLabel = QLabel(self.listPane)
        self.countLabel.setObjectName(u"countLabel")

        self.listLayout.addWidget(self.countLabel)

        self.splitter.addWidget(self.listPane)
        self.detailPane = CaseDetailPane(self.splitter)
        self.detailPane.setObjectName(u"detailPane")
        self.detailPane.setMinimumSize(QSize(440, 0))
        self.splitter.addWidget(self.detailPane)

        self.centralLayout.addWidget(self.splitter)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuView = QMenu(self.menuBar)
        self.menuView.setObjectName(u"menuView")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.toolBar = QToolBar(MainWindow)
        self.toolBar.setObjectName(u"toolBar")
        self.toolBar.setMovable(False)
        self.toolBar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)
        QWidget.setTabOrder(self.searchEdit, self.statusFilter)
        QWidget.setTabOrder(self.statusFilter, self.caseTable)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuView.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNewCase)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionOpenArchive)
        self.menuFile.addAction(self.actionRefresh)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuView.addAction(self.actionFind)
        self.menuHelp.addAction(self.actionShowLog)
        self.menuHelp.addSeparator()
        self.menuHelp.addAction(self.actionAbout)
        self.toolBar.addAction(self.actionNewCase)
        self.toolBar.addAction(self.actionRefresh)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Casefile", None))
        self.actionNewCase.setText(QCoreApplication.translate("MainWindow", u"&New Case\u2026", None))
        self.actionNewCase.setIconText(QCoreApplication.translate("MainWindow", u"New Case", None))
#if QT_CONFIG(tooltip)
        self.actionNewCase.setToolTip(QCoreApplication.translate("MainWindow", u"Open a new case for a target (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionNewCase.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionOpenArchive.setText(QCoreApplication.translate("MainWindow", u"&Open Archive\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionOpenArchive.setToolTip(QCoreApplication.translate("MainWindow", u"Open another archive folder (*.casefile)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionOpenArchive.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+O", None))
#endif // QT_CONFIG(shortcut)
        self.actionRefresh.setText(QCoreApplication.translate("MainWindow", u"&Refresh", None))
#if QT_CONFIG(tooltip)
        self.actionRefresh.setToolTip(QCoreApplication.translate("MainWindow", u"Read the case list again from the archive (F5)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionRefresh.setShortcut(QCoreApplication.translate("MainWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionFind.setText(QCoreApplication.translate("MainWindow", u"&Find Cases", None))
#if QT_CONFIG(shortcut)
        self.actionFind.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+F", None))
#endif // QT_CONFIG(shortcut)
        self.actionShowLog.setText(QCoreApplication.translate("MainWindow", u"Show &Log Folder", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About Casefile", None))
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("MainWindow", u"Matches the reference, title, brand, product line or counsel (Ctrl+F)", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Search reference, title, brand or counsel\u2026", None))
#if QT_CONFIG(tooltip)
        self.statusFilter.setToolTip(QCoreApplication.translate("MainWindow", u"Show cases with this status", None))
#endif // QT_CONFIG(tooltip)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        self.toolBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Toolbar", None))
    # retranslateUi

