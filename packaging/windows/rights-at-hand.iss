; Inno Setup 6 script for Rights at Hand on Windows.
;
; Built after PyInstaller by packaging/build.py (or the CI workflow), from the repository root:
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\rights-at-hand /DOutputDir=dist ^
;        /DIconFile=build\packaging\icons\rights-at-hand.ico packaging\windows\rights-at-hand.iss
;
; Two ways to install, chosen on the first page (or with /PORTABLE=1 on the command line):
; - for this user only (the default): into the user's own Programs folder, no administrator
;   rights, a Start menu entry and an uninstaller;
; - portable: the app is copied to a folder of the person's choice (by default beside this
;   setup program, e.g. on a USB stick) together with the `portable` marker, so everything the
;   app writes stays in that folder. Nothing is registered on the computer: no Start menu
;   entry, no uninstaller, no registry keys.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\rights-at-hand"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\packaging\icons\rights-at-hand.ico"
#endif
#define AppName "Rights at Hand"
#define AppExe "rights-at-hand.exe"

[Setup]
; The AppId identifies this app to Windows across versions; never change it.
AppId={{41E58931-F62D-4778-B903-52E4A59E4735}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install: {autopf} is the user's own Programs folder, no elevation prompt.
PrivilegesRequired=lowest
Uninstallable=not IsPortable
CreateUninstallRegKey=not IsPortable
UsePreviousAppDir=not IsPortable
UsePreviousTasks=no
OutputDir={#OutputDir}
OutputBaseFilename=rights-at-hand-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ShowLanguageDialog=auto

[Languages]
; Inno Setup's own translations of its pages, for the UN languages it ships with this
; compiler version (Arabic and Simplified Chinese arrived in recent versions).
Name: "en"; MessagesFile: "compiler:Default.isl"
#if FileExists(CompilerPath + "Languages\French.isl")
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
#endif
#if FileExists(CompilerPath + "Languages\Spanish.isl")
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
#endif
#if FileExists(CompilerPath + "Languages\Russian.isl")
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
#endif
#if FileExists(CompilerPath + "Languages\ChineseSimplified.isl")
Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
#if FileExists(CompilerPath + "Languages\Arabic.isl")
Name: "ar"; MessagesFile: "compiler:Languages\Arabic.isl"
#endif

[CustomMessages]
; English for every language until the translators add theirs (prefix a line with fr., ...).
ModeTitle=How do you want to use {#AppName}?
ModeSubtitle=Install it on this computer, or make a portable copy.
ModeIntro=A portable copy runs from its own folder, for example on a USB stick, and keeps bookmarks, settings and saved PDFs in that folder. Nothing is registered on this computer.
ModeInstall=Install for me on this computer (no administrator rights needed)
ModePortable=Make a portable copy in a folder I choose (e.g. a USB stick)
DesktopIcon=Create a desktop shortcut

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked; Check: not IsPortable

[Files]
; The whole onedir folder, including SQLCipher's native module for protected bookmarks
; (_internal\sqlcipher3\_sqlite3.cp3XX-win_amd64.pyd: SQLite and its crypto in one file).
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Check: not IsPortable
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon; Check: not IsPortable

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
var
  ModePage: TInputOptionWizardPage;

function IsPortable: Boolean;
begin
  if ModePage <> nil then
    Result := ModePage.Values[1]
  else
    Result := ExpandConstant('{param:portable|0}') = '1';
end;

procedure InitializeWizard;
begin
  ModePage := CreateInputOptionPage(wpWelcome, CustomMessage('ModeTitle'),
    CustomMessage('ModeSubtitle'), CustomMessage('ModeIntro'), True, False);
  ModePage.Add(CustomMessage('ModeInstall'));
  ModePage.Add(CustomMessage('ModePortable'));
  if ExpandConstant('{param:portable|0}') = '1' then
    ModePage.Values[1] := True
  else
    ModePage.Values[0] := True;
end;

function NextButtonClick(CurPageID: Integer): Boolean;
begin
  Result := True;
  if CurPageID = ModePage.ID then
  begin
    { Portable: suggest a folder beside this setup program (run from a stick, the copy lands
      there). Back to installing: the usual per-user folder again. }
    if IsPortable then
      WizardForm.DirEdit.Text := ExpandConstant('{src}\{#AppName}')
    else if WizardForm.DirEdit.Text = ExpandConstant('{src}\{#AppName}') then
      WizardForm.DirEdit.Text := ExpandConstant('{autopf}\{#AppName}');
  end;
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  { The marker that switches the app to portable mode (see desktop/paths.py). }
  if (CurStep = ssPostInstall) and IsPortable then
    SaveStringToFile(ExpandConstant('{app}\portable'), '', False);
end;
