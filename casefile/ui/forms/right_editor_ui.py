# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'right_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout)

from casefile.ui.widgets.date_edits import DateEdit

class Ui_RightEditor(object):
    def setupUi(self, RightEditor):
        if not RightEditor.objectName():
            RightEditor.setObjectName(u"RightEditor")
        RightEditor.resize(620, 440)
        RightEditor.setMinimumSize(QSize(440, 0))
        self.dialogLayout = QVBoxLayout(RightEditor)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(18, 18, 18, 14)
        self.caseLabel = QLabel(RightEditor)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.caseLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.caseLabel)

        self.introLabel = QLabel(RightEditor)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.kindLabel = QLabel(RightEditor)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(RightEditor)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.jurisdictionLabel = QLabel(RightEditor)
        self.jurisdictionLabel.setObjectName(u"jurisdictionLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.jurisdictionLabel)

        self.jurisdictionEdit = QLineEdit(RightEditor)
        self.jurisdictionEdit.setObjectName(u"jurisdictionEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.jurisdictionEdit)

        self.numberLabel = QLabel(RightEditor)
        self.numberLabel.setObjectName(u"numberLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(RightEditor)
        self.numberEdit.setObjectName(u"numberEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.registeredLabel = QLabel(RightEditor)
        self.registeredLabel.setObjectName(u"registeredLabel")
        self.registeredLabel.setVisible(False)
        self.registeredLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.registeredLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.registeredLabel)

        self.titleLabel = QLabel(RightEditor)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(RightEditor)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.classesLabel = QLabel(RightEditor)
        self.classesLabel.setObjectName(u"classesLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.classesLabel)

        self.classesEdit = QLineEdit(RightEditor)
        self.classesEdit.setObjectName(u"classesEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.classesEdit)

        self.ownerLabel = QLabel(RightEditor)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerEdit = QLineEdit(RightEditor)
        self.ownerEdit.setObjectName(u"ownerEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.ownerEdit)

        self.validFromLabel = QLabel(RightEditor)
        self.validFromLabel.setObjectName(u"validFromLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.validFromLabel)

        self.validFromLayout = QHBoxLayout()
        self.validFromLayout.setObjectName(u"validFromLayout")
        self.validFromCheck = QCheckBox(RightEditor)
        self.validFromCheck.setObjectName(u"validFromCheck")

        self.validFromLayout.addWidget(self.validFromCheck)

        self.validFromEdit = DateEdit(RightEditor)
        self.validFromEdit.setObjectName(u"validFromEdit")
        self.validFromEdit.setCalendarPopup(True)

        self.validFromLayout.addWidget(self.validFromEdit)

        self.validFromSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.validFromLayout.addItem(self.validFromSpacer)


        self.formLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.validFromLayout)

        self.validToLabel = QLabel(RightEditor)
        self.validToLabel.setObjectName(u"validToLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.validToLabel)

        self.validToLayout = QHBoxLayout()
        self.validToLayout.setObjectName(u"validToLayout")
        self.validToCheck = QCheckBox(RightEditor)
        self.validToCheck.setObjectName(u"validToCheck")

        self.validToLayout.addWidget(self.validToCheck)

        self.validToEdit = DateEdit(RightEditor)
        self.validToEdit.setObjectName(u"validToEdit")
        self.validToEdit.setCalendarPopup(True)

        self.validToLayout.addWidget(self.validToEdit)

        self.validToSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.validToLayout.addItem(self.validToSpacer)


        self.formLayout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.validToLayout)


        self.dialogLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.errorLabel = QLabel(RightEditor)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(RightEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.jurisdictionLabel.setBuddy(self.jurisdictionEdit)
        self.numberLabel.setBuddy(self.numberEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.classesLabel.setBuddy(self.classesEdit)
        self.ownerLabel.setBuddy(self.ownerEdit)
        self.validFromLabel.setBuddy(self.validFromCheck)
        self.validToLabel.setBuddy(self.validToCheck)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RightEditor)
        self.buttonBox.rejected.connect(RightEditor.reject)

        QMetaObject.connectSlotsByName(RightEditor)
    # setupUi

    def retranslateUi(self, RightEditor):
        RightEditor.setWindowTitle(QCoreApplication.translate("RightEditor", u"Add Right", None))
        self.kindLabel.setText(QCoreApplication.translate("RightEditor", u"&Kind:", None))
        self.jurisdictionLabel.setText(QCoreApplication.translate("RightEditor", u"&Jurisdiction:", None))
        self.jurisdictionEdit.setPlaceholderText(QCoreApplication.translate("RightEditor", u"two-letter code, e.g. CN, EU, SG", None))
#if QT_CONFIG(tooltip)
        self.jurisdictionEdit.setToolTip(QCoreApplication.translate("RightEditor", u"Where the right is registered (CN, EU, SG\u2026)", None))
#endif // QT_CONFIG(tooltip)
        self.numberLabel.setText(QCoreApplication.translate("RightEditor", u"&Number:", None))
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("RightEditor", u"registration or grant number, e.g. 12345678", None))
        self.titleLabel.setText(QCoreApplication.translate("RightEditor", u"&Mark:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("RightEditor", u"the mark as registered, e.g. \u98de\u8f6e FASTWHEEL", None))
        self.classesLabel.setText(QCoreApplication.translate("RightEditor", u"&Classes:", None))
        self.classesEdit.setPlaceholderText(QCoreApplication.translate("RightEditor", u"Nice classes, e.g. 12, 28", None))
        self.ownerLabel.setText(QCoreApplication.translate("RightEditor", u"&Owner:", None))
        self.ownerEdit.setPlaceholderText(QCoreApplication.translate("RightEditor", u"e.g. \u676d\u5dde\u98de\u8f6e\u79d1\u6280\u6709\u9650\u516c\u53f8", None))
        self.validFromLabel.setText(QCoreApplication.translate("RightEditor", u"Valid &from:", None))
        self.validFromCheck.setText(QCoreApplication.translate("RightEditor", u"known", None))
        self.validFromEdit.setDisplayFormat(QCoreApplication.translate("RightEditor", u"yyyy-MM-dd", None))
        self.validToLabel.setText(QCoreApplication.translate("RightEditor", u"Valid &until:", None))
        self.validToCheck.setText(QCoreApplication.translate("RightEditor", u"known", None))
        self.validToEdit.setDisplayFormat(QCoreApplication.translate("RightEditor", u"yyyy-MM-dd", None))
    # retranslateUi

