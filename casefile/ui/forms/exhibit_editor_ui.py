# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exhibit_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout)

from casefile.ui.widgets.date_edits import DateEdit

class Ui_ExhibitEditor(object):
    def setupUi(self, ExhibitEditor):
        if not ExhibitEditor.objectName():
            ExhibitEditor.setObjectName(u"ExhibitEditor")
        ExhibitEditor.resize(560, 460)
        ExhibitEditor.setMinimumSize(QSize(440, 0))
        self.dialogLayout = QVBoxLayout(ExhibitEditor)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(18, 18, 18, 14)
        self.caseLabel = QLabel(ExhibitEditor)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.caseLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.caseLabel)

        self.introLabel = QLabel(ExhibitEditor)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.kindLabel = QLabel(ExhibitEditor)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(ExhibitEditor)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.descriptionLabel = QLabel(ExhibitEditor)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(ExhibitEditor)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaximumSize(QSize(16777215, 80))

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.obtainedOnLabel = QLabel(ExhibitEditor)
        self.obtainedOnLabel.setObjectName(u"obtainedOnLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.obtainedOnLabel)

        self.obtainedOnLayout = QHBoxLayout()
        self.obtainedOnLayout.setObjectName(u"obtainedOnLayout")
        self.obtainedOnCheck = QCheckBox(ExhibitEditor)
        self.obtainedOnCheck.setObjectName(u"obtainedOnCheck")

        self.obtainedOnLayout.addWidget(self.obtainedOnCheck)

        self.obtainedOnEdit = DateEdit(ExhibitEditor)
        self.obtainedOnEdit.setObjectName(u"obtainedOnEdit")
        self.obtainedOnEdit.setCalendarPopup(True)

        self.obtainedOnLayout.addWidget(self.obtainedOnEdit)

        self.obtainedOnSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.obtainedOnLayout.addItem(self.obtainedOnSpacer)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.obtainedOnLayout)

        self.obtainedByLabel = QLabel(ExhibitEditor)
        self.obtainedByLabel.setObjectName(u"obtainedByLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.obtainedByLabel)

        self.obtainedByEdit = QLineEdit(ExhibitEditor)
        self.obtainedByEdit.setObjectName(u"obtainedByEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.obtainedByEdit)

        self.sourceUrlLabel = QLabel(ExhibitEditor)
        self.sourceUrlLabel.setObjectName(u"sourceUrlLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sourceUrlLabel)

        self.sourceUrlEdit = QLineEdit(ExhibitEditor)
        self.sourceUrlEdit.setObjectName(u"sourceUrlEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sourceUrlEdit)

        self.notaryOfficeLabel = QLabel(ExhibitEditor)
        self.notaryOfficeLabel.setObjectName(u"notaryOfficeLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notaryOfficeLabel)

        self.notaryOfficeEdit = QLineEdit(ExhibitEditor)
        self.notaryOfficeEdit.setObjectName(u"notaryOfficeEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notaryOfficeEdit)

        self.notaryCertificateLabel = QLabel(ExhibitEditor)
        self.notaryCertificateLabel.setObjectName(u"notaryCertificateLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notaryCertificateLabel)

        self.notaryCertificateEdit = QLineEdit(ExhibitEditor)
        self.notaryCertificateEdit.setObjectName(u"notaryCertificateEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notaryCertificateEdit)

        self.internalLabel = QLabel(ExhibitEditor)
        self.internalLabel.setObjectName(u"internalLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.internalLabel)

        self.internalCheck = QCheckBox(ExhibitEditor)
        self.internalCheck.setObjectName(u"internalCheck")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.internalCheck)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ExhibitEditor)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ExhibitEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.obtainedOnLabel.setBuddy(self.obtainedOnCheck)
        self.obtainedByLabel.setBuddy(self.obtainedByEdit)
        self.sourceUrlLabel.setBuddy(self.sourceUrlEdit)
        self.notaryOfficeLabel.setBuddy(self.notaryOfficeEdit)
        self.notaryCertificateLabel.setBuddy(self.notaryCertificateEdit)
        self.internalLabel.setBuddy(self.internalCheck)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExhibitEditor)
        self.buttonBox.rejected.connect(ExhibitEditor.reject)

        QMetaObject.connectSlotsByName(ExhibitEditor)
    # setupUi

    def retranslateUi(self, ExhibitEditor):
        ExhibitEditor.setWindowTitle(QCoreApplication.translate("ExhibitEditor", u"Edit Exhibit", None))
        self.kindLabel.setText(QCoreApplication.translate("ExhibitEditor", u"&Kind:", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ExhibitEditor", u"&Description:", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("ExhibitEditor", u"What it shows and why it matters", None))
        self.obtainedOnLabel.setText(QCoreApplication.translate("ExhibitEditor", u"&Obtained on:", None))
        self.obtainedOnCheck.setText(QCoreApplication.translate("ExhibitEditor", u"known", None))
        self.obtainedOnEdit.setDisplayFormat(QCoreApplication.translate("ExhibitEditor", u"yyyy-MM-dd", None))
        self.obtainedByLabel.setText(QCoreApplication.translate("ExhibitEditor", u"Obtained &by:", None))
        self.obtainedByEdit.setPlaceholderText(QCoreApplication.translate("ExhibitEditor", u"e.g. investigator \u738b\u660e, notary clerk", None))
        self.sourceUrlLabel.setText(QCoreApplication.translate("ExhibitEditor", u"&Source URL:", None))
        self.sourceUrlEdit.setPlaceholderText(QCoreApplication.translate("ExhibitEditor", u"e.g. item.taobao.com/item.htm?id=\u2026", None))
        self.notaryOfficeLabel.setText(QCoreApplication.translate("ExhibitEditor", u"Notary &office:", None))
        self.notaryOfficeEdit.setPlaceholderText(QCoreApplication.translate("ExhibitEditor", u"e.g. \u4e0a\u6d77\u5e02\u4e1c\u65b9\u516c\u8bc1\u5904", None))
        self.notaryCertificateLabel.setText(QCoreApplication.translate("ExhibitEditor", u"&Certificate:", None))
        self.notaryCertificateEdit.setPlaceholderText(QCoreApplication.translate("ExhibitEditor", u"e.g. (2026)\u6caa\u4e1c\u8bc1\u7ecf\u5b57\u7b2c12\u53f7", None))
        self.internalLabel.setText("")
        self.internalCheck.setText(QCoreApplication.translate("ExhibitEditor", u"&Internal working material: never in a bundle for others", None))
    # retranslateUi

