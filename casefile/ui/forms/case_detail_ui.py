# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_detail.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QStackedWidget, QTabWidget, QTextBrowser, QVBoxLayout, QWidget)

from casefile.ui.widgets.deadlines_panel import DeadlinesPanel
from casefile.ui.widgets.history_panel import HistoryPanel
from casefile.ui.widgets.thresholds_panel import ThresholdsPanel

class Ui_CaseDetailPane(object):
    def setupUi(self, CaseDetailPane):
        if not CaseDetailPane.objectName():
            CaseDetailPane.setObjectName(u"CaseDetailPane")
        CaseDetailPane.resize(640, 720)
        self.paneLayout = QVBoxLayout(CaseDetailPane)
        self.paneLayout.setObjectName(u"paneLayout")
        self.paneLayout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(CaseDetailPane)
        self.stack.setObjectName(u"stack")
        self.messagePage = QWidget()
        self.messagePage.setObjectName(u"messagePage")
        self.messageLayout = QVBoxLayout(self.messagePage)
        self.messageLayout.setObjectName(u"messageLayout")
        self.messageLayout.setContentsMargins(48, -1, 48, -1)
        self.messageLabel = QLabel(self.messagePage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.messageLabel.setWordWrap(True)

        self.messageLayout.addWidget(self.messageLabel)

        self.stack.addWidget(self.messagePage)
        self.casePage = QWidget()
        self.casePage.setObjectName(u"casePage")
        self.caseLayout = QVBoxLayout(self.casePage)
        self.caseLayout.setSpacing(10)
        self.caseLayout.setObjectName(u"caseLayout")
        self.caseLayout.setContentsMargins(16, 12, 12, 6)
        self.headerLayout = QVBoxLayout()
        self.headerLayout.setSpacing(4)
        self.headerLayout.setObjectName(u"headerLayout")
        self.badgeRow = QHBoxLayout()
        self.badgeRow.setSpacing(8)
        self.badgeRow.setObjectName(u"badgeRow")
        self.referenceLabel = QLabel(self.casePage)
        self.referenceLabel.setObjectName(u"referenceLabel")
        self.referenceLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.referenceLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.badgeRow.addWidget(self.referenceLabel)

        self.statusBadge = QLabel(self.casePage)
        self.statusBadge.setObjectName(u"statusBadge")
        self.statusBadge.setTextFormat(Qt.TextFormat.PlainText)

        self.badgeRow.addWidget(self.statusBadge)

        self.priorityBadge = QLabel(self.casePage)
        self.priorityBadge.setObjectName(u"priorityBadge")
        self.priorityBadge.setTextFormat(Qt.TextFormat.PlainText)

        self.badgeRow.addWidget(self.priorityBadge)

        self.routesLabel = QLabel(self.casePage)
        self.routesLabel.setObjectName(u"routesLabel")
        self.routesLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.badgeRow.addWidget(self.routesLabel)

        self.badgeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.badgeRow.addItem(self.badgeSpacer)


        self.headerLayout.addLayout(self.badgeRow)

        self.titleLabel = QLabel(self.casePage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(self.casePage)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitleLabel.setWordWrap(True)
        self.subtitleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.subtitleLabel)

        self.factsGrid = QGridLayout()
        self.factsGrid.setObjectName(u"factsGrid")
        self.factsGrid.setHorizontalSpacing(12)
        self.factsGrid.setVerticalSpacing(3)
        self.factsGrid.setContentsMargins(-1, 6, -1, -1)
        self.counselCaption = QLabel(self.casePage)
        self.counselCaption.setObjectName(u"counselCaption")
        self.counselCaption.setTextFormat(Qt.TextFormat.PlainText)
        self.counselCaption.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.factsGrid.addWidget(self.counselCaption, 0, 0, 1, 1)

        self.counselValue = QLabel(self.casePage)
        self.counselValue.setObjectName(u"counselValue")
        self.counselValue.setTextFormat(Qt.TextFormat.PlainText)
        self.counselValue.setWordWrap(True)
        self.counselValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsGrid.addWidget(self.counselValue, 0, 1, 1, 1)

        self.openedCaption = QLabel(self.casePage)
        self.openedCaption.setObjectName(u"openedCaption")
        self.openedCaption.setTextFormat(Qt.TextFormat.PlainText)
        self.openedCaption.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.factsGrid.addWidget(self.openedCaption, 0, 2, 1, 1)

        self.openedValue = QLabel(self.casePage)
        self.openedValue.setObjectName(u"openedValue")
        self.openedValue.setTextFormat(Qt.TextFormat.PlainText)
        self.openedValue.setWordWrap(True)
        self.openedValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsGrid.addWidget(self.openedValue, 0, 3, 1, 1)

        self.jurisdictionsCaption = QLabel(self.casePage)
        self.jurisdictionsCaption.setObjectName(u"jurisdictionsCaption")
        self.jurisdictionsCaption.setTextFormat(Qt.TextFormat.PlainText)
        self.jurisdictionsCaption.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.factsGrid.addWidget(self.jurisdictionsCaption, 1, 0, 1, 1)

        self.jurisdictionsValue = QLabel(self.casePage)
        self.jurisdictionsValue.setObjectName(u"jurisdictionsValue")
        self.jurisdictionsValue.setTextFormat(Qt.TextFormat.PlainText)
        self.jurisdictionsValue.setWordWrap(True)
        self.jurisdictionsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsGrid.addWidget(self.jurisdictionsValue, 1, 1, 1, 1)

        self.closedCaption = QLabel(self.casePage)
        self.closedCaption.setObjectName(u"closedCaption")
        self.closedCaption.setTextFormat(Qt.TextFormat.PlainText)
        self.closedCaption.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.factsGrid.addWidget(self.closedCaption, 1, 2, 1, 1)

        self.closedValue = QLabel(self.casePage)
        self.closedValue.setObjectName(u"closedValue")
        self.closedValue.setTextFormat(Qt.TextFormat.PlainText)
        self.closedValue.setWordWrap(True)
        self.closedValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsGrid.addWidget(self.closedValue, 1, 3, 1, 1)

        self.tagsCaption = QLabel(self.casePage)
        self.tagsCaption.setObjectName(u"tagsCaption")
        self.tagsCaption.setTextFormat(Qt.TextFormat.PlainText)
        self.tagsCaption.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.factsGrid.addWidget(self.tagsCaption, 2, 0, 1, 1)

        self.tagsValue = QLabel(self.casePage)
        self.tagsValue.setObjectName(u"tagsValue")
        self.tagsValue.setTextFormat(Qt.TextFormat.PlainText)
        self.tagsValue.setWordWrap(True)
        self.tagsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsGrid.addWidget(self.tagsValue, 2, 1, 1, 3)

        self.factsGrid.setColumnStretch(1, 1)
        self.factsGrid.setColumnStretch(3, 1)

        self.headerLayout.addLayout(self.factsGrid)

        self.summaryLabel = QLabel(self.casePage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.summaryLabel)


        self.caseLayout.addLayout(self.headerLayout)

        self.tabs = QTabWidget(self.casePage)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.proceedingsTab = QWidget()
        self.proceedingsTab.setObjectName(u"proceedingsTab")
        self.proceedingsLayout = QVBoxLayout(self.proceedingsTab)
        self.proceedingsLayout.setObjectName(u"proceedingsLayout")
        self.proceedingsLayout.setContentsMargins(0, 0, 0, 0)
        self.proceedingsView = QTextBrowser(self.proceedingsTab)
        self.proceedingsView.setObjectName(u"proceedingsView")
        self.proceedingsView.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.proceedingsView.setFrameShape(QFrame.Shape.NoFrame)
        self.proceedingsView.setOpenLinks(False)

        self.proceedingsLayout.addWidget(self.proceedingsView)

        self.tabs.addTab(self.proceedingsTab, "")
        self.partiesTab = QWidget()
        self.partiesTab.setObjectName(u"partiesTab")
        self.partiesLayout = QVBoxLayout(self.partiesTab)
        self.partiesLayout.setObjectName(u"partiesLayout")
        self.partiesLayout.setContentsMargins(0, 0, 0, 0)
        self.partiesView = QTextBrowser(self.partiesTab)
        self.partiesView.setObjectName(u"partiesView")
        self.partiesView.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.partiesView.setFrameShape(QFrame.Shape.NoFrame)
        self.partiesView.setOpenLinks(False)

        self.partiesLayout.addWidget(self.partiesView)

        self.tabs.addTab(self.partiesTab, "")
        self.evidenceTab = QWidget()
        self.evidenceTab.setObjectName(u"evidenceTab")
        self.evidenceLayout = QVBoxLayout(self.evidenceTab)
        self.evidenceLayout.setObjectName(u"evidenceLayout")
        self.evidenceLayout.setContentsMargins(0, 0, 0, 0)
        self.evidenceView = QTextBrowser(self.evidenceTab)
        self.evidenceView.setObjectName(u"evidenceView")
        self.evidenceView.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.evidenceView.setFrameShape(QFrame.Shape.NoFrame)
        self.evidenceView.setOpenLinks(False)

        self.evidenceLayout.addWidget(self.evidenceView)

        self.tabs.addTab(self.evidenceTab, "")
        self.rightsTab = QWidget()
        self.rightsTab.setObjectName(u"rightsTab")
        self.rightsLayout = QVBoxLayout(self.rightsTab)
        self.rightsLayout.setObjectName(u"rightsLayout")
        self.rightsLayout.setContentsMargins(0, 0, 0, 0)
        self.rightsView = QTextBrowser(self.rightsTab)
        self.rightsView.setObjectName(u"rightsView")
        self.rightsView.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rightsView.setFrameShape(QFrame.Shape.NoFrame)
        self.rightsView.setOpenLinks(False)

        self.rightsLayout.addWidget(self.rightsView)

        self.tabs.addTab(self.rightsTab, "")
        self.criminalTab = QWidget()
        self.criminalTab.setObjectName(u"criminalTab")
        self.criminalLayout = QVBoxLayout(self.criminalTab)
        self.criminalLayout.setObjectName(u"criminalLayout")
        self.criminalLayout.setContentsMargins(0, 0, 0, 0)
        self.thresholdsPanel = ThresholdsPanel(self.criminalTab)
        self.thresholdsPanel.setObjectName(u"thresholdsPanel")

        self.criminalLayout.addWidget(self.thresholdsPanel)

        self.tabs.addTab(self.criminalTab, "")
        self.deadlinesTab = QWidget()
        self.deadlinesTab.setObjectName(u"deadlinesTab")
        self.deadlinesLayout = QVBoxLayout(self.deadlinesTab)
        self.deadlinesLayout.setObjectName(u"deadlinesLayout")
        self.deadlinesLayout.setContentsMargins(0, 0, 0, 0)
        self.deadlinesPanel = DeadlinesPanel(self.deadlinesTab)
        self.deadlinesPanel.setObjectName(u"deadlinesPanel")

        self.deadlinesLayout.addWidget(self.deadlinesPanel)

        self.tabs.addTab(self.deadlinesTab, "")
        self.moneyTab = QWidget()
        self.moneyTab.setObjectName(u"moneyTab")
        self.moneyLayout = QVBoxLayout(self.moneyTab)
        self.moneyLayout.setObjectName(u"moneyLayout")
        self.moneyLayout.setContentsMargins(0, 0, 0, 0)
        self.moneyView = QTextBrowser(self.moneyTab)
        self.moneyView.setObjectName(u"moneyView")
        self.moneyView.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.moneyView.setFrameShape(QFrame.Shape.NoFrame)
        self.moneyView.setOpenLinks(False)

        self.moneyLayout.addWidget(self.moneyView)

        self.tabs.addTab(self.moneyTab, "")
        self.notesTab = QWidget()
        self.notesTab.setObjectName(u"notesTab")
        self.notesLayout = QVBoxLayout(self.notesTab)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesLayout.setContentsMargins(0, 0, 0, 0)
        self.notesView = QTextBrowser(self.notesTab)
        self.notesView.setObjectName(u"notesView")
        self.notesView.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.notesView.setFrameShape(QFrame.Shape.NoFrame)
        self.notesView.setOpenLinks(False)

        self.notesLayout.addWidget(self.notesView)

        self.tabs.addTab(self.notesTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyLayout.setContentsMargins(0, 0, 0, 0)
        self.historyPanel = HistoryPanel(self.historyTab)
        self.historyPanel.setObjectName(u"historyPanel")

        self.historyLayout.addWidget(self.historyPanel)

        self.tabs.addTab(self.historyTab, "")

        self.caseLayout.addWidget(self.tabs)

        self.stack.addWidget(self.casePage)

        self.paneLayout.addWidget(self.stack)


        self.retranslateUi(CaseDetailPane)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CaseDetailPane)
    # setupUi

    def retranslateUi(self, CaseDetailPane):
        self.counselCaption.setText(QCoreApplication.translate("CaseDetailPane", u"Counsel", None))
        self.openedCaption.setText(QCoreApplication.translate("CaseDetailPane", u"Opened", None))
        self.jurisdictionsCaption.setText(QCoreApplication.translate("CaseDetailPane", u"Jurisdictions", None))
        self.closedCaption.setText(QCoreApplication.translate("CaseDetailPane", u"Closed", None))
        self.tagsCaption.setText(QCoreApplication.translate("CaseDetailPane", u"Tags", None))
        self.tabs.setTabText(self.tabs.indexOf(self.proceedingsTab), QCoreApplication.translate("CaseDetailPane", u"Proceedings", None))
        self.tabs.setTabText(self.tabs.indexOf(self.partiesTab), QCoreApplication.translate("CaseDetailPane", u"Parties", None))
        self.tabs.setTabText(self.tabs.indexOf(self.evidenceTab), QCoreApplication.translate("CaseDetailPane", u"Evidence", None))
        self.tabs.setTabText(self.tabs.indexOf(self.rightsTab), QCoreApplication.translate("CaseDetailPane", u"Rights", None))
        self.tabs.setTabText(self.tabs.indexOf(self.criminalTab), QCoreApplication.translate("CaseDetailPane", u"Criminal", None))
#if QT_CONFIG(tooltip)
        self.tabs.setTabToolTip(self.tabs.indexOf(self.criminalTab), QCoreApplication.translate("CaseDetailPane", u"Criminal thresholds and the transfer to the police", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.deadlinesTab), QCoreApplication.translate("CaseDetailPane", u"Deadlines", None))
        self.tabs.setTabText(self.tabs.indexOf(self.moneyTab), QCoreApplication.translate("CaseDetailPane", u"Money", None))
        self.tabs.setTabText(self.tabs.indexOf(self.notesTab), QCoreApplication.translate("CaseDetailPane", u"Notes", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("CaseDetailPane", u"History", None))
        pass
    # retranslateUi

