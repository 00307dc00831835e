# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recordal_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout)

from casefile.ui.widgets.date_edits import DateEdit

class Ui_RecordalEditor(object):
    def setupUi(self, RecordalEditor):
        if not RecordalEditor.objectName():
            RecordalEditor.setObjectName(u"RecordalEditor")
        RecordalEditor.resize(560, 320)
        RecordalEditor.setMinimumSize(QSize(440, 0))
        self.dialogLayout = QVBoxLayout(RecordalEditor)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(18, 18, 18, 14)
        self.caseLabel = QLabel(RecordalEditor)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.caseLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.caseLabel)

        self.introLabel = QLabel(RecordalEditor)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.authorityLabel = QLabel(RecordalEditor)
        self.authorityLabel.setObjectName(u"authorityLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.authorityLabel)

        self.authorityEdit = QLineEdit(RecordalEditor)
        self.authorityEdit.setObjectName(u"authorityEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.authorityEdit)

        self.numberLabel = QLabel(RecordalEditor)
        self.numberLabel.setObjectName(u"numberLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(RecordalEditor)
        self.numberEdit.setObjectName(u"numberEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.validFromLabel = QLabel(RecordalEditor)
        self.validFromLabel.setObjectName(u"validFromLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.validFromLabel)

        self.validFromEdit = DateEdit(RecordalEditor)
        self.validFromEdit.setObjectName(u"validFromEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.validFromEdit.sizePolicy().hasHeightForWidth())
        self.validFromEdit.setSizePolicy(sizePolicy)
        self.validFromEdit.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.validFromEdit)

        self.validToLabel = QLabel(RecordalEditor)
        self.validToLabel.setObjectName(u"validToLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.validToLabel)

        self.validToEdit = DateEdit(RecordalEditor)
        self.validToEdit.setObjectName(u"validToEdit")
        sizePolicy.setHeightForWidth(self.validToEdit.sizePolicy().hasHeightForWidth())
        self.validToEdit.setSizePolicy(sizePolicy)
        self.validToEdit.setCalendarPopup(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.validToEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.errorLabel = QLabel(RecordalEditor)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(RecordalEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.authorityLabel.setBuddy(self.authorityEdit)
        self.numberLabel.setBuddy(self.numberEdit)
        self.validFromLabel.setBuddy(self.validFromEdit)
        self.validToLabel.setBuddy(self.validToEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RecordalEditor)
        self.buttonBox.rejected.connect(RecordalEditor.reject)

        QMetaObject.connectSlotsByName(RecordalEditor)
    # setupUi

    def retranslateUi(self, RecordalEditor):
        RecordalEditor.setWindowTitle(QCoreApplication.translate("RecordalEditor", u"Add Customs Recordal", None))
        self.authorityLabel.setText(QCoreApplication.translate("RecordalEditor", u"&Authority:", None))
        self.authorityEdit.setPlaceholderText(QCoreApplication.translate("RecordalEditor", u"e.g. \u6d77\u5173\u603b\u7f72 GACC; EU customs (application for action)", None))
        self.numberLabel.setText(QCoreApplication.translate("RecordalEditor", u"&Recordal no.:", None))
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("RecordalEditor", u"e.g. T2026-12345", None))
        self.validFromLabel.setText(QCoreApplication.translate("RecordalEditor", u"Valid &from:", None))
        self.validFromEdit.setDisplayFormat(QCoreApplication.translate("RecordalEditor", u"yyyy-MM-dd", None))
        self.validToLabel.setText(QCoreApplication.translate("RecordalEditor", u"Valid &until:", None))
        self.validToEdit.setDisplayFormat(QCoreApplication.translate("RecordalEditor", u"yyyy-MM-dd", None))
    # retranslateUi

