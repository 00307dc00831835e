# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'close_case.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout)

from casefile.ui.widgets.date_edits import DateEdit

class Ui_CloseCaseDialog(object):
    def setupUi(self, CloseCaseDialog):
        if not CloseCaseDialog.objectName():
            CloseCaseDialog.setObjectName(u"CloseCaseDialog")
        CloseCaseDialog.resize(460, 220)
        CloseCaseDialog.setMinimumSize(QSize(400, 0))
        self.dialogLayout = QVBoxLayout(CloseCaseDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(18, 18, 18, 14)
        self.caseLabel = QLabel(CloseCaseDialog)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.caseLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.caseLabel)

        self.introLabel = QLabel(CloseCaseDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.deadlinesLabel = QLabel(CloseCaseDialog)
        self.deadlinesLabel.setObjectName(u"deadlinesLabel")
        self.deadlinesLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.deadlinesLabel.setVisible(False)
        self.deadlinesLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.deadlinesLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(10)
        self.formLayout.setVerticalSpacing(8)
        self.closedOnLabel = QLabel(CloseCaseDialog)
        self.closedOnLabel.setObjectName(u"closedOnLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.closedOnLabel)

        self.closedOnEdit = DateEdit(CloseCaseDialog)
        self.closedOnEdit.setObjectName(u"closedOnEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.closedOnEdit.sizePolicy().hasHeightForWidth())
        self.closedOnEdit.setSizePolicy(sizePolicy)
        self.closedOnEdit.setMinimumSize(QSize(140, 0))
        self.closedOnEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.closedOnEdit)

        self.dateErrorLabel = QLabel(CloseCaseDialog)
        self.dateErrorLabel.setObjectName(u"dateErrorLabel")
        self.dateErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.dateErrorLabel.setVisible(False)
        self.dateErrorLabel.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateErrorLabel)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(CloseCaseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(CloseCaseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.closedOnLabel.setBuddy(self.closedOnEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CloseCaseDialog)
        self.buttonBox.rejected.connect(CloseCaseDialog.reject)

        QMetaObject.connectSlotsByName(CloseCaseDialog)
    # setupUi

    def retranslateUi(self, CloseCaseDialog):
        CloseCaseDialog.setWindowTitle(QCoreApplication.translate("CloseCaseDialog", u"Close Case", None))
        self.introLabel.setText(QCoreApplication.translate("CloseCaseDialog", u"A closed case stays in the archive with everything in it, and can be reopened at any time.", None))
        self.closedOnLabel.setText(QCoreApplication.translate("CloseCaseDialog", u"Closed &on:", None))
#if QT_CONFIG(tooltip)
        self.closedOnEdit.setToolTip(QCoreApplication.translate("CloseCaseDialog", u"The day the case was closed: not before it was opened, not after today", None))
#endif // QT_CONFIG(tooltip)
        self.closedOnEdit.setDisplayFormat(QCoreApplication.translate("CloseCaseDialog", u"yyyy-MM-dd", None))
    # retranslateUi

