# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaint_packets.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_ComplaintPacketsDialog(object):
    def setupUi(self, ComplaintPacketsDialog):
        if not ComplaintPacketsDialog.objectName():
            ComplaintPacketsDialog.setObjectName(u"ComplaintPacketsDialog")
        ComplaintPacketsDialog.resize(720, 620)
        self.mainLayout = QVBoxLayout(ComplaintPacketsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.caseLabel = QLabel(ComplaintPacketsDialog)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.caseLabel)

        self.introLabel = QLabel(ComplaintPacketsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.proceedingLabel = QLabel(ComplaintPacketsDialog)
        self.proceedingLabel.setObjectName(u"proceedingLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.proceedingLabel)

        self.proceedingCombo = QComboBox(ComplaintPacketsDialog)
        self.proceedingCombo.setObjectName(u"proceedingCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.proceedingCombo)

        self.systemLabel = QLabel(ComplaintPacketsDialog)
        self.systemLabel.setObjectName(u"systemLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.systemLabel)

        self.systemValue = QLabel(ComplaintPacketsDialog)
        self.systemValue.setObjectName(u"systemValue")
        self.systemValue.setWordWrap(True)
        self.systemValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.systemValue)

        self.batchLabel = QLabel(ComplaintPacketsDialog)
        self.batchLabel.setObjectName(u"batchLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.batchLabel)

        self.batchRow = QHBoxLayout()
        self.batchRow.setObjectName(u"batchRow")
        self.batchSpin = QSpinBox(ComplaintPacketsDialog)
        self.batchSpin.setObjectName(u"batchSpin")
        self.batchSpin.setMinimum(1)
        self.batchSpin.setMaximum(100000)

        self.batchRow.addWidget(self.batchSpin)

        self.batchSummary = QLabel(ComplaintPacketsDialog)
        self.batchSummary.setObjectName(u"batchSummary")

        self.batchRow.addWidget(self.batchSummary)

        self.batchSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.batchRow.addItem(self.batchSpacer)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.batchRow)

        self.includeSentCheck = QCheckBox(ComplaintPacketsDialog)
        self.includeSentCheck.setObjectName(u"includeSentCheck")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.includeSentCheck)

        self.outLabel = QLabel(ComplaintPacketsDialog)
        self.outLabel.setObjectName(u"outLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.outLabel)

        self.outRow = QHBoxLayout()
        self.outRow.setObjectName(u"outRow")
        self.outEdit = QLineEdit(ComplaintPacketsDialog)
        self.outEdit.setObjectName(u"outEdit")

        self.outRow.addWidget(self.outEdit)

        self.chooseButton = QPushButton(ComplaintPacketsDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.outRow.addWidget(self.chooseButton)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.outRow)


        self.mainLayout.addLayout(self.formLayout)

        self.exhibitsLabel = QLabel(ComplaintPacketsDialog)
        self.exhibitsLabel.setObjectName(u"exhibitsLabel")

        self.mainLayout.addWidget(self.exhibitsLabel)

        self.exhibitList = QListWidget(ComplaintPacketsDialog)
        self.exhibitList.setObjectName(u"exhibitList")

        self.mainLayout.addWidget(self.exhibitList)

        self.errorLabel = QLabel(ComplaintPacketsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.progressBar = QProgressBar(ComplaintPacketsDialog)
        self.progressBar.setObjectName(u"progressBar")

        self.mainLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(ComplaintPacketsDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.recordRow = QHBoxLayout()
        self.recordRow.setObjectName(u"recordRow")
        self.sentOnLabel = QLabel(ComplaintPacketsDialog)
        self.sentOnLabel.setObjectName(u"sentOnLabel")

        self.recordRow.addWidget(self.sentOnLabel)

        self.sentOnEdit = QDateEdit(ComplaintPacketsDialog)
        self.sentOnEdit.setObjectName(u"sentOnEdit")
        self.sentOnEdit.setCalendarPopup(True)

        self.recordRow.addWidget(self.sentOnEdit)

        self.recordButton = QPushButton(ComplaintPacketsDialog)
        self.recordButton.setObjectName(u"recordButton")

        self.recordRow.addWidget(self.recordButton)

        self.recordSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recordRow.addItem(self.recordSpacer)


        self.mainLayout.addLayout(self.recordRow)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.openButton = QPushButton(ComplaintPacketsDialog)
        self.openButton.setObjectName(u"openButton")

        self.buttonRow.addWidget(self.openButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.exportButton = QPushButton(ComplaintPacketsDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonRow.addWidget(self.exportButton)

        self.closeButton = QPushButton(ComplaintPacketsDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.proceedingLabel.setBuddy(self.proceedingCombo)
        self.batchLabel.setBuddy(self.batchSpin)
        self.outLabel.setBuddy(self.outEdit)
        self.exhibitsLabel.setBuddy(self.exhibitList)
        self.sentOnLabel.setBuddy(self.sentOnEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.proceedingCombo, self.batchSpin)
        QWidget.setTabOrder(self.batchSpin, self.includeSentCheck)
        QWidget.setTabOrder(self.includeSentCheck, self.outEdit)
        QWidget.setTabOrder(self.outEdit, self.chooseButton)
        QWidget.setTabOrder(self.chooseButton, self.exhibitList)
        QWidget.setTabOrder(self.exhibitList, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.sentOnEdit)
        QWidget.setTabOrder(self.sentOnEdit, self.recordButton)
        QWidget.setTabOrder(self.recordButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.closeButton)

        self.retranslateUi(ComplaintPacketsDialog)

        self.exportButton.setDefault(True)


        QMetaObject.connectSlotsByName(ComplaintPacketsDialog)
    # setupUi

    def retranslateUi(self, ComplaintPacketsDialog):
        ComplaintPacketsDialog.setWindowTitle(QCoreApplication.translate("ComplaintPacketsDialog", u"Complaint Packets", None))
        self.introLabel.setText(QCoreApplication.translate("ComplaintPacketsDialog", u"A platform proceeding's listings as the batches its complaint system takes: each batch a folder with its listing table (XLSX and CSV), a complaint sheet with the rights enforced, and the evidence bundle.", None))
        self.proceedingLabel.setText(QCoreApplication.translate("ComplaintPacketsDialog", u"&Proceeding:", None))
        self.systemLabel.setText(QCoreApplication.translate("ComplaintPacketsDialog", u"Complaint system:", None))
        self.batchLabel.setText(QCoreApplication.translate("ComplaintPacketsDialog", u"&Links per complaint:", None))
        self.includeSentCheck.setText(QCoreApplication.translate("ComplaintPacketsDialog", u"&Include listings already in a notice", None))
        self.outLabel.setText(QCoreApplication.translate("ComplaintPacketsDialog", u"&Save in:", None))
        self.chooseButton.setText(QCoreApplication.translate("ComplaintPacketsDialog", u"C&hoose\u2026", None))
        self.exhibitsLabel.setText(QCoreApplication.translate("ComplaintPacketsDialog", u"&Evidence bundle for every batch (the exhibits ticked):", None))
        self.sentOnLabel.setText(QCoreApplication.translate("ComplaintPacketsDialog", u"Filed &on:", None))
        self.sentOnEdit.setDisplayFormat(QCoreApplication.translate("ComplaintPacketsDialog", u"yyyy-MM-dd", None))
        self.recordButton.setText(QCoreApplication.translate("ComplaintPacketsDialog", u"&Record as Notices Sent", None))
        self.openButton.setText(QCoreApplication.translate("ComplaintPacketsDialog", u"Show in &Folder", None))
        self.exportButton.setText(QCoreApplication.translate("ComplaintPacketsDialog", u"&Export", None))
        self.closeButton.setText(QCoreApplication.translate("ComplaintPacketsDialog", u"Close", None))
    # retranslateUi

