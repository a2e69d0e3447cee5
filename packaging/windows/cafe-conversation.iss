; Café Conversation: the Windows installer (Inno Setup 6).
;
;   make dist      (on Windows: pyinstaller packaging\cafe-conversation.spec --noconfirm)
;   iscc /DAppVersion=0.1.0 packaging\windows\cafe-conversation.iss
;
; gives dist\cafe-conversation-0.1.0-setup.exe.  It installs for the current user
; only, without administrator rights (in %LOCALAPPDATA%\Programs), adds a
; Start-menu entry, opens .cafe workshop files with the app on a double-click,
; and uninstalls cleanly: the program, its shortcuts, its file association, its
; settings and log -- never the user's workshops (in Documents\Café Conversation).
; Not yet tried on Windows (see README).
; This file is UTF-8 with a byte-order mark: Inno Setup needs it for « é ».

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Café Conversation"
#define GuiExe "CafeConversation.exe"
#define ProgId "CafeConversation.Workshop"
#define DistDir "..\..\dist\cafe-conversation"

[Setup]
; The AppId identifies the program across versions: never change it.
AppId={{6A0F3C52-8E4B-4C1D-9B7A-2F3E5D4C1B60}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Café Conversation
; per user, no administrator rights: {autopf} is then %LOCALAPPDATA%\Programs
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=cafe-conversation-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; an update replaces a running program's files: ask to close it first
CloseApplications=yes

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Tasks: desktopicon

[Registry]
; .cafe files belong to the app (HKA is HKEY_CURRENT_USER for a per-user install).
Root: HKA; Subkey: "Software\Classes\.cafe"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.cafe\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Atelier {#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#GuiExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" ""%1"""
; .json files may be opened with it too ("Open with"), without taking them over
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".cafe"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; the app's own settings and log (ui/paths.py); the workshops stay in Documents
Type: filesandordirs; Name: "{localappdata}\cafe-conversation\Logs"
Type: files; Name: "{localappdata}\cafe-conversation\settings.ini"
Type: dirifempty; Name: "{localappdata}\cafe-conversation"
