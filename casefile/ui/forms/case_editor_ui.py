# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from casefile.ui.widgets.date_edits import DateEdit

class Ui_CaseEditor(object):
    def setupUi(self, CaseEditor):
        if not CaseEditor.objectName():
            CaseEditor.setObjectName(u"CaseEditor")
        CaseEditor.resize(640, 660)
        CaseEditor.setMinimumSize(QSize(480, 0))
        self.dialogLayout = QVBoxLayout(CaseEditor)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(18, 18, 18, 14)
        self.introLabel = QLabel(CaseEditor)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(10)
        self.formLayout.setVerticalSpacing(8)
        self.titleLabel = QLabel(CaseEditor)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(CaseEditor)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(300)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.brandLabel = QLabel(CaseEditor)
        self.brandLabel.setObjectName(u"brandLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.brandLabel)

        self.brandEdit = QLineEdit(CaseEditor)
        self.brandEdit.setObjectName(u"brandEdit")
        self.brandEdit.setMaxLength(200)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.brandEdit)

        self.productLineLabel = QLabel(CaseEditor)
        self.productLineLabel.setObjectName(u"productLineLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.productLineLabel)

        self.productLineEdit = QLineEdit(CaseEditor)
        self.productLineEdit.setObjectName(u"productLineEdit")
        self.productLineEdit.setMaxLength(200)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.productLineEdit)

        self.priorityLabel = QLabel(CaseEditor)
        self.priorityLabel.setObjectName(u"priorityLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.priorityLabel)

        self.priorityCombo = QComboBox(CaseEditor)
        self.priorityCombo.setObjectName(u"priorityCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.priorityCombo.sizePolicy().hasHeightForWidth())
        self.priorityCombo.setSizePolicy(sizePolicy)
        self.priorityCombo.setMinimumSize(QSize(140, 0))

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.priorityCombo)

        self.jurisdictionsLabel = QLabel(CaseEditor)
        self.jurisdictionsLabel.setObjectName(u"jurisdictionsLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.jurisdictionsLabel)

        self.jurisdictionsEdit = QLineEdit(CaseEditor)
        self.jurisdictionsEdit.setObjectName(u"jurisdictionsEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.jurisdictionsEdit)

        self.counselLabel = QLabel(CaseEditor)
        self.counselLabel.setObjectName(u"counselLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.counselLabel)

        self.counselEdit = QLineEdit(CaseEditor)
        self.counselEdit.setObjectName(u"counselEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.counselEdit)

        self.openedOnLabel = QLabel(CaseEditor)
        self.openedOnLabel.setObjectName(u"openedOnLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.openedOnLabel)

        self.openedOnEdit = DateEdit(CaseEditor)
        self.openedOnEdit.setObjectName(u"openedOnEdit")
        sizePolicy.setHeightForWidth(self.openedOnEdit.sizePolicy().hasHeightForWidth())
        self.openedOnEdit.setSizePolicy(sizePolicy)
        self.openedOnEdit.setMinimumSize(QSize(140, 0))
        self.openedOnEdit.setCalendarPopup(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.openedOnEdit)

        self.actsOnLabel = QLabel(CaseEditor)
        self.actsOnLabel.setObjectName(u"actsOnLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.actsOnLabel)

        self.actsOnBox = QWidget(CaseEditor)
        self.actsOnBox.setObjectName(u"actsOnBox")
        self.actsOnLayout = QHBoxLayout(self.actsOnBox)
        self.actsOnLayout.setSpacing(8)
        self.actsOnLayout.setObjectName(u"actsOnLayout")
        self.actsOnLayout.setContentsMargins(0, 0, 0, 0)
        self.actsOnCheck = QCheckBox(self.actsOnBox)
        self.actsOnCheck.setObjectName(u"actsOnCheck")

        self.actsOnLayout.addWidget(self.actsOnCheck)

        self.actsOnEdit = DateEdit(self.actsOnBox)
        self.actsOnEdit.setObjectName(u"actsOnEdit")
        self.actsOnEdit.setEnabled(False)
        sizePolicy.setHeightForWidth(self.actsOnEdit.sizePolicy().hasHeightForWidth())
        self.actsOnEdit.setSizePolicy(sizePolicy)
        self.actsOnEdit.setMinimumSize(QSize(140, 0))
        self.actsOnEdit.setCalendarPopup(True)

        self.actsOnLayout.addWidget(self.actsOnEdit)

        self.actsOnHint = QLabel(self.actsOnBox)
        self.actsOnHint.setObjectName(u"actsOnHint")
        self.actsOnHint.setWordWrap(True)

        self.actsOnLayout.addWidget(self.actsOnHint)

        self.actsOnSpacer = QSpacerItem(0, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actsOnLayout.addItem(self.actsOnSpacer)

        self.actsOnLayout.setStretch(2, 1)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.actsOnBox)

        self.offencesLabel = QLabel(CaseEditor)
        self.offencesLabel.setObjectName(u"offencesLabel")
        self.offencesLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.offencesLabel)

        self.offencesBox = QFrame(CaseEditor)
        self.offencesBox.setObjectName(u"offencesBox")
        self.offencesLayout = QVBoxLayout(self.offencesBox)
        self.offencesLayout.setSpacing(2)
        self.offencesLayout.setObjectName(u"offencesLayout")
        self.offencesLayout.setContentsMargins(2, 2, 2, 2)
        self.offence213Check = QCheckBox(self.offencesBox)
        self.offence213Check.setObjectName(u"offence213Check")

        self.offencesLayout.addWidget(self.offence213Check)

        self.offence214Check = QCheckBox(self.offencesBox)
        self.offence214Check.setObjectName(u"offence214Check")

        self.offencesLayout.addWidget(self.offence214Check)

        self.offence215Check = QCheckBox(self.offencesBox)
        self.offence215Check.setObjectName(u"offence215Check")

        self.offencesLayout.addWidget(self.offence215Check)

        self.offence216Check = QCheckBox(self.offencesBox)
        self.offence216Check.setObjectName(u"offence216Check")

        self.offencesLayout.addWidget(self.offence216Check)

        self.offence217Check = QCheckBox(self.offencesBox)
        self.offence217Check.setObjectName(u"offence217Check")

        self.offencesLayout.addWidget(self.offence217Check)

        self.offence217OnlineCheck = QCheckBox(self.offencesBox)
        self.offence217OnlineCheck.setObjectName(u"offence217OnlineCheck")

        self.offencesLayout.addWidget(self.offence217OnlineCheck)

        self.offence217TpmCheck = QCheckBox(self.offencesBox)
        self.offence217TpmCheck.setObjectName(u"offence217TpmCheck")

        self.offencesLayout.addWidget(self.offence217TpmCheck)

        self.offence218Check = QCheckBox(self.offencesBox)
        self.offence218Check.setObjectName(u"offence218Check")

        self.offencesLayout.addWidget(self.offence218Check)

        self.offence219Check = QCheckBox(self.offencesBox)
        self.offence219Check.setObjectName(u"offence219Check")

        self.offencesLayout.addWidget(self.offence219Check)


        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.offencesBox)

        self.tagsLabel = QLabel(CaseEditor)
        self.tagsLabel.setObjectName(u"tagsLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.tagsLabel)

        self.tagsEdit = QLineEdit(CaseEditor)
        self.tagsEdit.setObjectName(u"tagsEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.tagsEdit)

        self.summaryLabel = QLabel(CaseEditor)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(CaseEditor)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.summaryEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(CaseEditor)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CaseEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.brandLabel.setBuddy(self.brandEdit)
        self.productLineLabel.setBuddy(self.productLineEdit)
        self.priorityLabel.setBuddy(self.priorityCombo)
        self.jurisdictionsLabel.setBuddy(self.jurisdictionsEdit)
        self.counselLabel.setBuddy(self.counselEdit)
        self.openedOnLabel.setBuddy(self.openedOnEdit)
        self.actsOnLabel.setBuddy(self.actsOnCheck)
        self.offencesLabel.setBuddy(self.offence213Check)
        self.tagsLabel.setBuddy(self.tagsEdit)
        self.summaryLabel.setBuddy(self.summaryEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.brandEdit)
        QWidget.setTabOrder(self.brandEdit, self.productLineEdit)
        QWidget.setTabOrder(self.productLineEdit, self.priorityCombo)
        QWidget.setTabOrder(self.priorityCombo, self.jurisdictionsEdit)
        QWidget.setTabOrder(self.jurisdictionsEdit, self.counselEdit)
        QWidget.setTabOrder(self.counselEdit, self.openedOnEdit)
        QWidget.setTabOrder(self.openedOnEdit, self.actsOnCheck)
        QWidget.setTabOrder(self.actsOnCheck, self.actsOnEdit)
        QWidget.setTabOrder(self.actsOnEdit, self.offence213Check)
        QWidget.setTabOrder(self.offence213Check, self.offence214Check)
        QWidget.setTabOrder(self.offence214Check, self.offence215Check)
        QWidget.setTabOrder(self.offence215Check, self.offence216Check)
        QWidget.setTabOrder(self.offence216Check, self.offence217Check)
        QWidget.setTabOrder(self.offence217Check, self.offence217OnlineCheck)
        QWidget.setTabOrder(self.offence217OnlineCheck, self.offence217TpmCheck)
        QWidget.setTabOrder(self.offence217TpmCheck, self.offence218Check)
        QWidget.setTabOrder(self.offence218Check, self.offence219Check)
        QWidget.setTabOrder(self.offence219Check, self.tagsEdit)
        QWidget.setTabOrder(self.tagsEdit, self.summaryEdit)

        self.retranslateUi(CaseEditor)
        self.buttonBox.rejected.connect(CaseEditor.reject)

        QMetaObject.connectSlotsByName(CaseEditor)
    # setupUi

    def retranslateUi(self, CaseEditor):
        CaseEditor.setWindowTitle(QCoreApplication.translate("CaseEditor", u"New Case", None))
        self.introLabel.setText(QCoreApplication.translate("CaseEditor", u"Open a case for one target: a seller, a factory, a website or a network. Only the title is required; the reference (CF-YYYY-NNNN) is assigned when you create the case.", None))
        self.titleLabel.setText(QCoreApplication.translate("CaseEditor", u"&Title:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("CaseEditor", u"Required, e.g. Fake X9 scooters sold by Taobao shop \u901f\u8fbe\u8f66\u884c", None))
        self.brandLabel.setText(QCoreApplication.translate("CaseEditor", u"&Brand:", None))
        self.productLineLabel.setText(QCoreApplication.translate("CaseEditor", u"Product &line:", None))
        self.priorityLabel.setText(QCoreApplication.translate("CaseEditor", u"&Priority:", None))
        self.jurisdictionsLabel.setText(QCoreApplication.translate("CaseEditor", u"&Jurisdictions:", None))
#if QT_CONFIG(tooltip)
        self.jurisdictionsEdit.setToolTip(QCoreApplication.translate("CaseEditor", u"Two-letter codes separated by commas: CN, EU, NL, SG, TH, VN\u2026", None))
#endif // QT_CONFIG(tooltip)
        self.jurisdictionsEdit.setPlaceholderText(QCoreApplication.translate("CaseEditor", u"CN, NL, SG", None))
        self.counselLabel.setText(QCoreApplication.translate("CaseEditor", u"Responsible &counsel:", None))
        self.openedOnLabel.setText(QCoreApplication.translate("CaseEditor", u"&Opened on:", None))
        self.openedOnEdit.setDisplayFormat(QCoreApplication.translate("CaseEditor", u"yyyy-MM-dd", None))
        self.actsOnLabel.setText(QCoreApplication.translate("CaseEditor", u"Acts &done on:", None))
#if QT_CONFIG(tooltip)
        self.actsOnBox.setToolTip(QCoreApplication.translate("CaseEditor", u"When the infringing acts were done: it decides which criminal-threshold rules apply", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.actsOnCheck.setToolTip(QCoreApplication.translate("CaseEditor", u"Tick when you know when the infringing acts were done", None))
#endif // QT_CONFIG(tooltip)
        self.actsOnCheck.setText(QCoreApplication.translate("CaseEditor", u"Known", None))
        self.actsOnEdit.setDisplayFormat(QCoreApplication.translate("CaseEditor", u"yyyy-MM-dd", None))
        self.actsOnHint.setText(QCoreApplication.translate("CaseEditor", u"Not recorded: the opening date is used.", None))
        self.offencesLabel.setText(QCoreApplication.translate("CaseEditor", u"O&ffences:", None))
#if QT_CONFIG(tooltip)
        self.offencesBox.setToolTip(QCoreApplication.translate("CaseEditor", u"The Criminal Law offences the case's figures are measured against (Criminal tab)", None))
#endif // QT_CONFIG(tooltip)
        self.offence213Check.setText(QCoreApplication.translate("CaseEditor", u"Art 213", None))
        self.offence214Check.setText(QCoreApplication.translate("CaseEditor", u"Art 214", None))
        self.offence215Check.setText(QCoreApplication.translate("CaseEditor", u"Art 215", None))
        self.offence216Check.setText(QCoreApplication.translate("CaseEditor", u"Art 216", None))
        self.offence217Check.setText(QCoreApplication.translate("CaseEditor", u"Art 217", None))
        self.offence217OnlineCheck.setText(QCoreApplication.translate("CaseEditor", u"Art 217 online", None))
        self.offence217TpmCheck.setText(QCoreApplication.translate("CaseEditor", u"Art 217 technical measures", None))
        self.offence218Check.setText(QCoreApplication.translate("CaseEditor", u"Art 218", None))
        self.offence219Check.setText(QCoreApplication.translate("CaseEditor", u"Art 219", None))
        self.tagsLabel.setText(QCoreApplication.translate("CaseEditor", u"T&ags:", None))
        self.tagsEdit.setPlaceholderText(QCoreApplication.translate("CaseEditor", u"Comma-separated, e.g. marketplace, repeat infringer", None))
        self.summaryLabel.setText(QCoreApplication.translate("CaseEditor", u"&Summary:", None))
        self.summaryEdit.setPlaceholderText(QCoreApplication.translate("CaseEditor", u"What was found, where, and what you intend to do.", None))
    # retranslateUi

