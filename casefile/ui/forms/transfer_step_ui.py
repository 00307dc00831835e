# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'transfer_step.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout)

from casefile.ui.widgets.date_edits import DateEdit

class Ui_TransferStepDialog(object):
    def setupUi(self, TransferStepDialog):
        if not TransferStepDialog.objectName():
            TransferStepDialog.setObjectName(u"TransferStepDialog")
        TransferStepDialog.resize(520, 360)
        TransferStepDialog.setMinimumSize(QSize(440, 0))
        self.dialogLayout = QVBoxLayout(TransferStepDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(18, 18, 18, 14)
        self.caseLabel = QLabel(TransferStepDialog)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.caseLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.caseLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.transferAuthorityLabel = QLabel(TransferStepDialog)
        self.transferAuthorityLabel.setObjectName(u"transferAuthorityLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.transferAuthorityLabel)

        self.transferAuthorityEdit = QLineEdit(TransferStepDialog)
        self.transferAuthorityEdit.setObjectName(u"transferAuthorityEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.transferAuthorityEdit)

        self.stepLabel = QLabel(TransferStepDialog)
        self.stepLabel.setObjectName(u"stepLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.stepLabel)

        self.stepCombo = QComboBox(TransferStepDialog)
        self.stepCombo.setObjectName(u"stepCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.stepCombo)

        self.dateLabel = QLabel(TransferStepDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateEdit(TransferStepDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.authorityLabel = QLabel(TransferStepDialog)
        self.authorityLabel.setObjectName(u"authorityLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.authorityLabel)

        self.authorityEdit = QLineEdit(TransferStepDialog)
        self.authorityEdit.setObjectName(u"authorityEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.authorityEdit)

        self.referenceLabel = QLabel(TransferStepDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceEdit = QLineEdit(TransferStepDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.referenceEdit)

        self.noteLabel = QLabel(TransferStepDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(TransferStepDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaximumSize(QSize(16777215, 70))

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.deadlineLabel = QLabel(TransferStepDialog)
        self.deadlineLabel.setObjectName(u"deadlineLabel")
        self.deadlineLabel.setWordWrap(True)
        self.deadlineLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.deadlineLabel)

        self.errorLabel = QLabel(TransferStepDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(TransferStepDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.transferAuthorityLabel.setBuddy(self.transferAuthorityEdit)
        self.stepLabel.setBuddy(self.stepCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.authorityLabel.setBuddy(self.authorityEdit)
        self.referenceLabel.setBuddy(self.referenceEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TransferStepDialog)
        self.buttonBox.rejected.connect(TransferStepDialog.reject)

        QMetaObject.connectSlotsByName(TransferStepDialog)
    # setupUi

    def retranslateUi(self, TransferStepDialog):
        TransferStepDialog.setWindowTitle(QCoreApplication.translate("TransferStepDialog", u"Record Transfer Step", None))
        self.transferAuthorityLabel.setText(QCoreApplication.translate("TransferStepDialog", u"Transferring &authority:", None))
        self.transferAuthorityEdit.setPlaceholderText(QCoreApplication.translate("TransferStepDialog", u"e.g. \u4e49\u4e4c\u5e02\u5e02\u573a\u76d1\u7763\u7ba1\u7406\u5c40 Yiwu AMR", None))
        self.stepLabel.setText(QCoreApplication.translate("TransferStepDialog", u"&Step:", None))
        self.dateLabel.setText(QCoreApplication.translate("TransferStepDialog", u"&Date:", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("TransferStepDialog", u"yyyy-MM-dd", None))
        self.authorityLabel.setText(QCoreApplication.translate("TransferStepDialog", u"A&uthority of this step:", None))
        self.authorityEdit.setPlaceholderText(QCoreApplication.translate("TransferStepDialog", u"e.g. \u4e49\u4e4c\u5e02\u516c\u5b89\u5c40 Yiwu PSB", None))
        self.referenceLabel.setText(QCoreApplication.translate("TransferStepDialog", u"&Reference no.:", None))
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("TransferStepDialog", u"e.g. \u4e49\u5e02\u76d1\u79fb\u30142026\u30153\u53f7", None))
        self.noteLabel.setText(QCoreApplication.translate("TransferStepDialog", u"&Note:", None))
    # retranslateUi

