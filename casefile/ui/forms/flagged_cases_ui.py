# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'flagged_cases.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QTableView, QVBoxLayout)

class Ui_FlaggedCasesDialog(object):
    def setupUi(self, FlaggedCasesDialog):
        if not FlaggedCasesDialog.objectName():
            FlaggedCasesDialog.setObjectName(u"FlaggedCasesDialog")
        FlaggedCasesDialog.resize(760, 420)
        FlaggedCasesDialog.setMinimumSize(QSize(480, 260))
        self.dialogLayout = QVBoxLayout(FlaggedCasesDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(14, 14, 14, 12)
        self.introLabel = QLabel(FlaggedCasesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.table = QTableView(FlaggedCasesDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.table)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.statusLabel = QLabel(FlaggedCasesDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.bottomLayout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(FlaggedCasesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottomLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.bottomLayout)


        self.retranslateUi(FlaggedCasesDialog)
        self.buttonBox.rejected.connect(FlaggedCasesDialog.reject)

        QMetaObject.connectSlotsByName(FlaggedCasesDialog)
    # setupUi

    def retranslateUi(self, FlaggedCasesDialog):
        FlaggedCasesDialog.setWindowTitle(QCoreApplication.translate("FlaggedCasesDialog", u"Suspicion Reached, Not Transferred", None))
        self.introLabel.setText(QCoreApplication.translate("FlaggedCasesDialog", u"Open cases whose recorded figures reach a criminal threshold, or come within the archive's suspicion margin of one, and for which no transfer to the police is recorded. In IP cases an administrative authority with a reasonable suspicion of a crime must transfer the case to the police (Transfer Provisions, Art 3(2)).", None))
    # retranslateUi

