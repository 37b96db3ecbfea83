# Build Requester Workbench on Windows: the one-folder app, smoke-tested, and (with
# -Installer) the Inno Setup installer. The CI workflow .github/workflows/build.yml runs it.
#
#   py -3.11 -m venv .venv; .venv\Scripts\pip install ".[postgres]" pyinstaller
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1 [-Installer]
#
# Results: dist\requester-workbench\ ("Requester Workbench.exe" for the window, no console;
# workbench.exe for the commands) and dist\Requester-Workbench-VERSION-setup.exe.
# The installer needs Inno Setup 6 (ISCC.exe; e.g. `choco install innosetup`).
param(
    [string]$Python = ".venv\Scripts\python.exe",
    [switch]$Installer
)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

function Invoke-Checked {
    param([string]$Program, [string[]]$Arguments)
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program $Arguments failed with exit status $LASTEXITCODE" }
}

$version = (Select-String -Path src\workbench\__init__.py -Pattern '__version__ = "([^"]+)"').Matches[0].Groups[1].Value

# The translations ship compiled: make every .qm from its .ts so none is stale.
$lrelease = Join-Path (Split-Path $Python) "pyside6-lrelease.exe"
foreach ($ts in Get-ChildItem resources\translations\*.ts) {
    Invoke-Checked $lrelease @("-silent", $ts.FullName, "-qm", ($ts.FullName -replace '\.ts$', '.qm'))
}
Invoke-Checked $Python @("-m", "PyInstaller", "--noconfirm", "--clean", "--distpath", "dist",
    "--workpath", "build\pyinstaller", "packaging\requester-workbench.spec")

# Smoke test: --version, a command on a fresh store, an Excel export, and the window
# (offscreen) with its resources, from both executables.
$smoke = Join-Path ([IO.Path]::GetTempPath()) ("workbench-smoke-" + [guid]::NewGuid())
New-Item -ItemType Directory -Path $smoke | Out-Null
$env:QT_QPA_PLATFORM = "offscreen"
$env:WORKBENCH_CONFIG_DIR = Join-Path $smoke "config"
$env:WORKBENCH_LOG_DIR = Join-Path $smoke "logs"
$store = Join-Path $smoke "store.sqlite3"
$cli = "dist\requester-workbench\workbench.exe"
Invoke-Checked $cli @("--version")
Invoke-Checked $cli @("--db", $store, "-q", "demo", "--hits", "3", "--assignments", "1", "--workers", "2")
Invoke-Checked $cli @("--db", $store, "export", "--format", "xlsx", "--out", (Join-Path $smoke "results.xlsx"))
Invoke-Checked $cli @("--db", $store, "--smoke-test")
# The window's own executable has no console: its exit status is the verdict.
$window = Start-Process -FilePath "dist\requester-workbench\Requester Workbench.exe" `
    -ArgumentList @("--db", "`"$store`"", "--smoke-test") -Wait -PassThru
if ($window.ExitCode -ne 0) {
    Get-Content (Join-Path $env:WORKBENCH_LOG_DIR "workbench.log") -ErrorAction SilentlyContinue
    throw "the windowed executable's smoke test failed ($($window.ExitCode))"
}
Remove-Item -Recurse -Force $smoke
Write-Host "Built and checked: dist\requester-workbench"

if ($Installer) {
    $iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
    if (-not $iscc) { $iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
    Invoke-Checked $iscc @("/Qp", "/DAppVersion=$version", "packaging\windows\requester-workbench.iss")
    Write-Host "Built dist\Requester-Workbench-$version-setup.exe"
}
