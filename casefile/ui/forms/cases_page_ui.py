# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cases_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QSplitter, QTableView, QVBoxLayout, QWidget)

from casefile.ui.widgets.case_detail import CaseDetailPane

class Ui_MainWindow(object):
    def setupUi(self, casesPage):
        if not casesPage.objectName():
            casesPage.setObjectName(u"casesPage")
        self.casesLayout = QVBoxLayout(casesPage)
        self.casesLayout.setObjectName(u"casesLayout")
        self.casesLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(casesPage)
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
        self.caseTable.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
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

        self.casesLayout.addWidget(self.splitter)

        QWidget.setTabOrder(self.searchEdit, self.statusFilter)
        QWidget.setTabOrder(self.statusFilter, self.caseTable)

        self.retranslateUi(casesPage)

        QMetaObject.connectSlotsByName(casesPage)
    # setupUi

    def retranslateUi(self, casesPage):
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("MainWindow", u"Finds any part of three characters or more (two in Chinese) in the cases, parties and their identifiers (a phone number, credit code or seller ID as typed or written otherwise), exhibits and notary certificates, notes, proceedings and authority references, rights and recordals; best match first (Ctrl+F)", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Search cases, parties, IDs, exhibits, notes\u2026", None))
#if QT_CONFIG(tooltip)
        self.statusFilter.setToolTip(QCoreApplication.translate("MainWindow", u"Show cases with this status", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

