@echo off
rem ras: the analysts' command line (see docs\cli.md), as unpacked from the distribution zip.
rem
rem Needs only a Java 17 (or later) runtime: %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, otherwise
rem java on the PATH. The jar carries the bundled rules and sample, so "bin\ras allocate" works from any
rem directory; file names on the command line are relative to the directory you run it from. Options of
rem your own for the JVM, such as a heap size, go in RAS_JAVA_OPTS (space-separated).
setlocal
set "RAS_JAVA=java"
if defined JAVA_HOME set "RAS_JAVA=%JAVA_HOME%\bin\java.exe"
"%RAS_JAVA%" -XX:+UseParallelGC %RAS_JAVA_OPTS% -jar "%~dp0..\lib\ras.jar" %*
exit /b %ERRORLEVEL%
