# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'merge_infringers.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QPlainTextEdit, QRadioButton, QVBoxLayout, QWidget)

class Ui_MergeInfringersDialog(object):
    def setupUi(self, MergeInfringersDialog):
        if not MergeInfringersDialog.objectName():
            MergeInfringersDialog.setObjectName(u"MergeInfringersDialog")
        MergeInfringersDialog.resize(620, 460)
        MergeInfringersDialog.setMinimumSize(QSize(520, 0))
        self.dialogLayout = QVBoxLayout(MergeInfringersDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(18, 18, 18, 14)
        self.introLabel = QLabel(MergeInfringersDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.keepBox = QGroupBox(MergeInfringersDialog)
        self.keepBox.setObjectName(u"keepBox")
        self.keepLayout = QVBoxLayout(self.keepBox)
        self.keepLayout.setObjectName(u"keepLayout")
        self.keepFirstRadio = QRadioButton(self.keepBox)
        self.keepFirstRadio.setObjectName(u"keepFirstRadio")
        self.keepFirstRadio.setChecked(True)

        self.keepLayout.addWidget(self.keepFirstRadio)

        self.keepSecondRadio = QRadioButton(self.keepBox)
        self.keepSecondRadio.setObjectName(u"keepSecondRadio")

        self.keepLayout.addWidget(self.keepSecondRadio)


        self.dialogLayout.addWidget(self.keepBox)

        self.movesLabel = QLabel(MergeInfringersDialog)
        self.movesLabel.setObjectName(u"movesLabel")
        self.movesLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.movesLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.movesLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.reasonLabel = QLabel(MergeInfringersDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(MergeInfringersDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaximumSize(QSize(16777215, 100))
        self.reasonEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(MergeInfringersDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MergeInfringersDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.keepFirstRadio, self.keepSecondRadio)
        QWidget.setTabOrder(self.keepSecondRadio, self.reasonEdit)

        self.retranslateUi(MergeInfringersDialog)
        self.buttonBox.rejected.connect(MergeInfringersDialog.reject)

        QMetaObject.connectSlotsByName(MergeInfringersDialog)
    # setupUi

    def retranslateUi(self, MergeInfringersDialog):
        MergeInfringersDialog.setWindowTitle(QCoreApplication.translate("MergeInfringersDialog", u"Merge Infringer Records", None))
        self.introLabel.setText(QCoreApplication.translate("MergeInfringersDialog", u"Two records found to be the same infringer become one: the identifiers and case links of the record merged move to the record kept, and the merged record is removed. The merge is kept in the audit trail and can be undone from the Merges tab.", None))
        self.keepBox.setTitle(QCoreApplication.translate("MergeInfringersDialog", u"Keep the record of", None))
        self.reasonLabel.setText(QCoreApplication.translate("MergeInfringersDialog", u"&Why they are one:", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("MergeInfringersDialog", u"e.g. the same Taobao seller ID and the same return address", None))
    # retranslateUi

