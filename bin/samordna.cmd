@echo off
rem Samordna's launcher for Windows: unpacks the jar once into target\app and runs it with a class-data archive
rem (see bin/samordna). A command runs with the quick compiler; the server with the recommended memory limits.
setlocal
set "ROOT=%~dp0.."
if "%SAMORDNA_JAR%"=="" set "SAMORDNA_JAR=%ROOT%\target\samordna.jar"
if "%SAMORDNA_APP_DIR%"=="" set "SAMORDNA_APP_DIR=%ROOT%\target\app"
if "%JAVA%"=="" set "JAVA=java"
if not exist "%SAMORDNA_JAR%" (
  echo samordna: %SAMORDNA_JAR% is missing; build it first: mvnw -q -DskipTests package 1>&2
  exit /b 2
)
rem Unpacked again (and the archives made again) when the jar is not the one unpacked: its size and time are kept beside
rem the unpacked copy, as bin/samordna compares the two files' times.
set "STAMP="
for %%F in ("%SAMORDNA_JAR%") do set "STAMP=%%~zF %%~tF"
set "KEPT="
if exist "%SAMORDNA_APP_DIR%\jar.stamp" set /p KEPT=<"%SAMORDNA_APP_DIR%\jar.stamp"
if not exist "%SAMORDNA_APP_DIR%\samordna.jar" set "KEPT="
if not "%KEPT%"=="%STAMP%" (
  if exist "%SAMORDNA_APP_DIR%" rmdir /s /q "%SAMORDNA_APP_DIR%"
  "%JAVA%" -Djarmode=tools -jar "%SAMORDNA_JAR%" extract --destination "%SAMORDNA_APP_DIR%" >nul
  if not errorlevel 1 >"%SAMORDNA_APP_DIR%\jar.stamp" echo %STAMP%
)
set "FIRST=%~1"
if "%FIRST%"=="" goto server
if "%FIRST%"=="serve" goto server
set "ARCHIVE=%SAMORDNA_APP_DIR%\cli.jsa"
if not exist "%ARCHIVE%" (
  if exist "%ROOT%\examples\plans\sodra-dalarna-2025.yaml" (
    rem In English: the console's code page would garble the Swedish letters of bin/samordna's notice.
    echo samordna: the first command after a build prepares the command line, once, about ten seconds 1>&2
    "%JAVA%" -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -XX:-UsePerfData -XX:DumpLoadedClassList="%SAMORDNA_APP_DIR%\cli.classes.new" -cp "%SAMORDNA_APP_DIR%\samordna.jar" se.samordna.cli.Training "%ROOT%\examples\plans\sodra-dalarna-2025.yaml" >nul 2>&1
    if not errorlevel 1 "%JAVA%" -XX:+UseSerialGC -Xshare:dump -XX:SharedClassListFile="%SAMORDNA_APP_DIR%\cli.classes.new" -XX:SharedArchiveFile="%ARCHIVE%.new" -cp "%SAMORDNA_APP_DIR%\samordna.jar" >"%SAMORDNA_APP_DIR%\cli-archive.log" 2>&1
    if not errorlevel 1 move /y "%SAMORDNA_APP_DIR%\cli.classes.new" "%SAMORDNA_APP_DIR%\cli.classes" >nul
    if not errorlevel 1 move /y "%ARCHIVE%.new" "%ARCHIVE%" >nul
    del /q "%ARCHIVE%.new" "%SAMORDNA_APP_DIR%\cli.classes.new" 2>nul
  )
)
set "SHARE="
if exist "%ARCHIVE%" set "SHARE=-XX:SharedArchiveFile=%ARCHIVE% -Xlog:cds*=off"
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -XX:-UsePerfData -XX:+IgnoreUnrecognizedVMOptions -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 %SHARE% %SAMORDNA_JAVA_OPTS% -jar "%SAMORDNA_APP_DIR%\samordna.jar" %*
exit /b %ERRORLEVEL%
:server
"%JAVA%" -XX:+UseSerialGC -Xms64m -Xmx128m -Xss512k -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=48m -XX:TieredStopAtLevel=1 -XX:MaxDirectMemorySize=64m %SAMORDNA_JAVA_OPTS% -jar "%SAMORDNA_APP_DIR%\samordna.jar" %*
exit /b %ERRORLEVEL%
