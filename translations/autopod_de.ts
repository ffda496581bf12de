<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiKeyPage</name>
    <message>
        <source>RunPod API key</source>
        <translation>RunPod-API-Schlüssel</translation>
    </message>
    <message>
        <source>autopod rents GPUs on your RunPod account. It keeps the key in your system keychain.</source>
        <translation>autopod mietet GPUs über Ihr RunPod-Konto. Der Schlüssel wird im Schlüsselbund Ihres Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Create a key with read and write access under &lt;a href=&quot;https://www.runpod.io/console/user/settings&quot;&gt;RunPod → Settings → API Keys&lt;/a&gt;, then paste it here. It is checked at once.</source>
        <translation>Erstellen Sie unter &lt;a href=&quot;https://www.runpod.io/console/user/settings&quot;&gt;RunPod → Settings → API Keys&lt;/a&gt; einen Schlüssel mit Lese- und Schreibzugriff und fügen Sie ihn hier ein. Er wird sofort geprüft.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>rpa_… (or rp_… from a test server)</source>
        <translation>rpa_… (oder rp_… von einem Testserver)</translation>
    </message>
</context>
<context>
    <name>ComfyUiProbe</name>
    <message>
        <source>no complete answer to GET /system_stats within %1 s</source>
        <translation>keine vollständige Antwort auf GET /system_stats innerhalb von %1 s</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>Cannot create %1: parent directory cannot be created</source>
        <translation>%1 kann nicht erstellt werden: Das übergeordnete Verzeichnis kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 exists but is not a directory</source>
        <translation>%1 existiert, ist aber kein Verzeichnis</translation>
    </message>
    <message>
        <source>Cannot set permissions 0700 on %1: %2</source>
        <translation>Die Berechtigungen 0700 können für %1 nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <source>Cannot set permissions 0600 on %1: %2</source>
        <translation>Die Berechtigungen 0600 können für %1 nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: invalid JSON: %4 (the file was not changed; fix it or move it away)</source>
        <translation>%1:%2:%3: ungültiges JSON: %4 (die Datei wurde nicht verändert; korrigieren Sie sie oder verschieben Sie sie)</translation>
    </message>
    <message>
        <source>%1:1:1: the top level must be a JSON object {...} (the file was not changed)</source>
        <translation>%1:1:1: Die oberste Ebene muss ein JSON-Objekt {...} sein (die Datei wurde nicht verändert)</translation>
    </message>
    <message>
        <source>%1 was readable by other users; its permissions are now 0600</source>
        <translation>%1 war für andere Benutzer lesbar; die Berechtigungen sind jetzt 0600</translation>
    </message>
    <message>
        <source>%1: %2; using the default</source>
        <translation>%1: %2; der Standardwert wird verwendet</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;. Known settings: %2</source>
        <translation>Unbekannte Einstellung &quot;%1&quot;. Bekannte Einstellungen: %2</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;</source>
        <translation>Unbekannte Einstellung &quot;%1&quot;</translation>
    </message>
    <message>
        <source>This configuration has no file to be saved to</source>
        <translation>Diese Konfiguration hat keine Datei, in die sie gespeichert werden kann</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>an http(s) URL</source>
        <translation>eine http(s)-URL</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>eine Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>einer der Werte %1</translation>
    </message>
    <message>
        <source>a comma-separated list of %1 (or none)</source>
        <translation>eine durch Kommas getrennte Liste aus %1 (oder keine)</translation>
    </message>
    <message>
        <source>a comma-separated list</source>
        <translation>eine durch Kommas getrennte Liste</translation>
    </message>
    <message>
        <source>a CUDA version like 12.8</source>
        <translation>eine CUDA-Version wie 12.8</translation>
    </message>
    <message>
        <source>%1, or null</source>
        <translation>%1 oder null</translation>
    </message>
    <message>
        <source>%1: %2 is not allowed; expected %3</source>
        <translation>%1: %2 ist nicht zulässig; erwartet wird %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not allowed; expected %3</source>
        <translation>%1: &quot;%2&quot; ist nicht zulässig; erwartet wird %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a section {...} of settings; its settings use their defaults, and setting one replaces it</source>
        <translation>%1: „%2“ ist kein Abschnitt {...} mit Einstellungen; seine Einstellungen haben ihre Standardwerte, und das Setzen einer davon ersetzt ihn</translation>
    </message>
</context>
<context>
    <name>ConnectFlow</name>
    <message>
        <source>Requesting pod...</source>
        <translation>Pod wird angefordert ...</translation>
    </message>
    <message>
        <source>Waiting for pod to start...</source>
        <translation>Warte auf den Start des Pods ...</translation>
    </message>
    <message>
        <source>Pod running, waiting for SSH...</source>
        <translation>Pod läuft, warte auf SSH ...</translation>
    </message>
    <message>
        <source>SSH ready, establishing tunnel...</source>
        <translation>SSH bereit, Tunnel wird aufgebaut ...</translation>
    </message>
    <message>
        <source>Connected!</source>
        <translation>Verbunden!</translation>
    </message>
    <message>
        <source>Creating pod %1</source>
        <translation>Pod %1 wird erstellt</translation>
    </message>
    <message>
        <source>Starting pod %1</source>
        <translation>Pod %1 wird gestartet</translation>
    </message>
    <message>
        <source>No pod was created; nothing is billing.</source>
        <translation>Es wurde kein Pod erstellt; es fallen keine Kosten an.</translation>
    </message>
    <message>
        <source>RunPod answered the create with an error (%1); checking whether the pod was created anyway...</source>
        <translation>RunPod hat das Erstellen mit einem Fehler beantwortet (%1); es wird geprüft, ob der Pod trotzdem erstellt wurde ...</translation>
    </message>
    <message>
        <source>Looking for pod %1</source>
        <translation>Pod %1 wird gesucht</translation>
    </message>
    <message>
        <source>Could not check whether RunPod created pod %1 (%2). Check your pods: one may be running and billing.</source>
        <translation>Es konnte nicht geprüft werden, ob RunPod den Pod %1 erstellt hat (%2). Prüfen Sie Ihre Pods: Möglicherweise läuft einer und verursacht Kosten.</translation>
    </message>
    <message>
        <source>Found pod %1 (%2) that RunPod created despite the error; continuing with it.</source>
        <translation>Pod %1 (%2) gefunden, den RunPod trotz des Fehlers erstellt hat; es geht mit ihm weiter.</translation>
    </message>
    <message>
        <source>Pod %1 stays stopped (no GPU billing).</source>
        <translation>Pod %1 bleibt angehalten (keine GPU-Kosten).</translation>
    </message>
    <message>
        <source>Pod %1 no longer exists on RunPod; nothing is billing.</source>
        <translation>Pod %1 existiert bei RunPod nicht mehr; es fallen keine Kosten an.</translation>
    </message>
    <message>
        <source>Checking pod %1</source>
        <translation>Pod %1 wird geprüft</translation>
    </message>
    <message>
        <source>Pod %1 disappeared from RunPod while starting.</source>
        <translation>Pod %1 ist beim Starten bei RunPod verschwunden.</translation>
    </message>
    <message>
        <source>The pod no longer exists on RunPod; nothing is billing.</source>
        <translation>Der Pod existiert bei RunPod nicht mehr; es fallen keine Kosten an.</translation>
    </message>
    <message>
        <source>RunPod kept failing while the pod started: %1</source>
        <translation>RunPod ist beim Starten des Pods wiederholt fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Pod %1 stopped while starting (%2).</source>
        <translation>Pod %1 wurde beim Starten angehalten (%2).</translation>
    </message>
    <message>
        <source>The pod is stopped; GPU billing has ended.</source>
        <translation>Der Pod ist angehalten; die GPU-Kosten sind beendet.</translation>
    </message>
    <message>
        <source>Pod %1 was terminated while starting.</source>
        <translation>Pod %1 wurde beim Starten gelöscht.</translation>
    </message>
    <message>
        <source>The pod no longer exists; nothing is billing.</source>
        <translation>Der Pod existiert nicht mehr; es fallen keine Kosten an.</translation>
    </message>
    <message>
        <source>Pod %1 did not start within %2 minutes.</source>
        <translation>Pod %1 ist nicht innerhalb von %2 Minuten gestartet.</translation>
    </message>
    <message>
        <source>SSH on pod %1 never became reachable: %2</source>
        <translation>SSH auf Pod %1 wurde nie erreichbar: %2</translation>
    </message>
    <message>
        <source>SSH connection</source>
        <translation>SSH-Verbindung</translation>
    </message>
    <message>
        <source>SSH connection to pod %1 kept failing: %2</source>
        <translation>Die SSH-Verbindung zu Pod %1 ist wiederholt fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Tunnel</source>
        <translation>Tunnel</translation>
    </message>
    <message>
        <source>Could not open the tunnel to pod %1: %2</source>
        <translation>Der Tunnel zu Pod %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>ComfyUI on pod %1 did not answer through the tunnel within %2 minutes (last: %3).</source>
        <translation>ComfyUI auf Pod %1 hat nicht innerhalb von %2 Minuten über den Tunnel geantwortet (zuletzt: %3).</translation>
    </message>
    <message>
        <source>The tunnel to pod %1 kept failing: %2</source>
        <translation>Der Tunnel zu Pod %1 ist wiederholt fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Stopped waiting for RunPod to stop pod %1. %2</source>
        <translation>Das Warten darauf, dass RunPod Pod %1 anhält, wurde beendet. %2</translation>
    </message>
    <message>
        <source>Pod %1 was left running as you asked: it keeps billing until you stop it.</source>
        <translation>Pod %1 läuft wie gewünscht weiter: Er verursacht Kosten, bis Sie ihn anhalten.</translation>
    </message>
    <message>
        <source>Terminating pod %1</source>
        <translation>Pod %1 wird gelöscht</translation>
    </message>
    <message>
        <source>Could not terminate pod %1 (%2). %3</source>
        <translation>Pod %1 konnte nicht gelöscht werden (%2). %3</translation>
    </message>
    <message>
        <source>Stopping pod %1</source>
        <translation>Pod %1 wird angehalten</translation>
    </message>
    <message>
        <source>Stopped pod %1 to save costs: GPU billing has ended, its volume is kept.</source>
        <translation>Pod %1 wurde angehalten, um Kosten zu sparen: Die GPU-Kosten sind beendet, sein Volume bleibt erhalten.</translation>
    </message>
    <message>
        <source>Could not stop pod %1 (%2). %3</source>
        <translation>Pod %1 konnte nicht angehalten werden (%2). %3</translation>
    </message>
    <message>
        <source>Pod %1: RunPod is allocating a machine.</source>
        <translation>Pod %1: RunPod weist eine Maschine zu.</translation>
    </message>
    <message>
        <source>Pod %1: the container is starting.</source>
        <translation>Pod %1: Der Container startet.</translation>
    </message>
    <message>
        <source>Pod %1 failed while starting: RunPod reports an error in its container.</source>
        <translation>Pod %1 ist beim Starten gescheitert: RunPod meldet einen Fehler in seinem Container.</translation>
    </message>
    <message>
        <source>Its last log lines:</source>
        <translation>Seine letzten Protokollzeilen:</translation>
    </message>
    <message>
        <source>Pod %1 was left running as it was: autopod did not stop it, and nothing on it was changed. It keeps billing. Try connecting again once the problem is solved, or stop the pod when you no longer need it.</source>
        <translation>Pod %1 läuft unverändert weiter: autopod hat ihn nicht angehalten, und auf ihm wurde nichts verändert. Er verursacht weiter Kosten. Versuchen Sie erneut, sich zu verbinden, sobald das Problem behoben ist, oder halten Sie den Pod an, wenn Sie ihn nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>Terminated pod %1: its billing has ended.</source>
        <translation>Pod %1 wurde gelöscht: Er verursacht keine Kosten mehr.</translation>
    </message>
    <message>
        <source>Terminated pod %1 to save costs (it never became ready and held no volume data).</source>
        <translation>Pod %1 wurde gelöscht, um Kosten zu sparen (er wurde nie bereit und enthielt keine Volume-Daten).</translation>
    </message>
    <message>
        <source>Could not find out whether pod %1 started (%2): it may be running and billing. Check the pod list once RunPod answers again, and stop the pod if it runs.</source>
        <translation>Es ließ sich nicht feststellen, ob Pod %1 gestartet wurde (%2): Er läuft möglicherweise und verursacht Kosten. Prüfen Sie die Pod-Liste, sobald RunPod wieder antwortet, und halten Sie den Pod an, falls er läuft.</translation>
    </message>
    <message>
        <source>RunPod did not answer the start of pod %1 (%2), but the pod is running; continuing with it.</source>
        <translation>RunPod hat auf den Start von Pod %1 nicht geantwortet (%2), aber der Pod läuft; es geht mit ihm weiter.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Its guard had stopped pod %1: %2.</source>
        <translation>Sein Wächter hatte Pod %1 angehalten: %2.</translation>
    </message>
    <message>
        <source>Guard on pod %1: %2 (%3).</source>
        <translation>Wächter auf Pod %1: %2 (%3).</translation>
    </message>
    <message>
        <source>Pod %1 is NOT guarded (%2): it will not stop by itself when idle or over budget.</source>
        <translation>Pod %1 wird NICHT bewacht (%2): Er hält nicht von selbst an, wenn er untätig ist oder das Budget überschreitet.</translation>
    </message>
    <message>
        <source>Pod %1 is already starting or running; continuing with it.</source>
        <translation>Pod %1 startet bereits oder läuft; autopod macht mit ihm weiter.</translation>
    </message>
    <message>
        <source>It may still be billing. autopod keeps tracking it: stop pod %1 once RunPod is reachable again, or in the RunPod console (https://www.runpod.io/console/pods).</source>
        <translation>Er verursacht möglicherweise weiter Kosten. autopod behält ihn im Blick: Halten Sie Pod %1 an, sobald RunPod wieder erreichbar ist, oder in der RunPod-Konsole (https://www.runpod.io/console/pods).</translation>
    </message>
    <message>
        <source>Stopped looking for pod %1: RunPod may have created it. Check the pod list or the RunPod console (https://www.runpod.io/console/pods).</source>
        <translation>Die Suche nach Pod %1 wurde beendet: RunPod hat ihn möglicherweise erstellt. Prüfen Sie die Pod-Liste oder die RunPod-Konsole (https://www.runpod.io/console/pods).</translation>
    </message>
</context>
<context>
    <name>CreationProgress</name>
    <message>
        <source>Creating pod</source>
        <translation>Pod wird erstellt</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation>Vergangen:</translation>
    </message>
    <message>
        <source>Cost so far:</source>
        <translation>Bisherige Kosten:</translation>
    </message>
    <message>
        <source>Open ComfyUI when connected</source>
        <translation>ComfyUI nach dem Verbinden öffnen</translation>
    </message>
</context>
<context>
    <name>DefaultsPage</name>
    <message>
        <source>Where your pods run</source>
        <translation>Wo Ihre Pods laufen</translation>
    </message>
    <message>
        <source>Defaults for new pods. You can change them for each pod.</source>
        <translation>Voreinstellungen für neue Pods. Sie können sie für jeden Pod ändern.</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>&amp;Cloud:</translation>
    </message>
    <message>
        <source>Advanced — RunPod &amp;API:</source>
        <translation>Erweitert — RunPod-&amp;API:</translation>
    </message>
</context>
<context>
    <name>Guard</name>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>stop after %1 idle</source>
        <translation>Stopp nach %1 Untätigkeit</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>idle %1</source>
        <translation>untätig %1</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>maximum runtime</source>
        <translation>maximale Laufzeit</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>stopping the pod: %1</source>
        <translation>hält den Pod an: %1</translation>
    </message>
    <message>
        <source>not running: the pod is unguarded</source>
        <translation>läuft nicht: der Pod ist unbewacht</translation>
    </message>
    <message>
        <source>running, no stop planned</source>
        <translation>läuft, kein Stopp geplant</translation>
    </message>
    <message>
        <source>stops in %1: %2</source>
        <translation>hält in %1 an: %2</translation>
    </message>
    <message>
        <source>the command on the pod did not finish in time</source>
        <translation>der Befehl auf dem Pod wurde nicht rechtzeitig fertig</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>the watchdog did not start</source>
        <translation>der Wächter ist nicht gestartet</translation>
    </message>
    <message>
        <source>%1 is not a limit of the guard</source>
        <translation>%1 ist keine Grenze des Wächters</translation>
    </message>
    <message>
        <source>%1 (likely)</source>
        <translation>%1 (vermutlich)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>LogViewer</name>
    <message>
        <source>Level:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <source>Filter lines</source>
        <translation>Zeilen filtern</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Mitlaufen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>autopod</source>
        <translation>autopod</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>Search pods by name, GPU, data center or status</source>
        <translation>Pods nach Name, GPU, Rechenzentrum oder Status suchen</translation>
    </message>
    <message>
        <source>Hide terminated</source>
        <translation>Gelöschte ausblenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Pod</source>
        <translation>&amp;Pod</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Pod actions</source>
        <translation>Pod-Aktionen</translation>
    </message>
    <message>
        <source>&amp;New pod…</source>
        <translation>&amp;Neuer Pod …</translation>
    </message>
    <message>
        <source>Rent a GPU and start ComfyUI on it</source>
        <translation>Eine GPU mieten und ComfyUI darauf starten</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Setup wizard…</source>
        <translation>&amp;Einrichtungsassistent …</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Open &amp;ComfyUI</source>
        <translation>&amp;ComfyUI öffnen</translation>
    </message>
    <message>
        <source>Connect to the pod and open ComfyUI in a tab</source>
        <translation>Mit dem Pod verbinden und ComfyUI in einem Tab öffnen</translation>
    </message>
    <message>
        <source>S&amp;hell</source>
        <translation>S&amp;hell</translation>
    </message>
    <message>
        <source>Open a terminal on the pod</source>
        <translation>Ein Terminal auf dem Pod öffnen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>A&amp;nhalten</translation>
    </message>
    <message>
        <source>Stop paying for the GPU; the volume is kept</source>
        <translation>Nicht mehr für die GPU bezahlen; das Volume bleibt erhalten</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Start a stopped pod again</source>
        <translation>Einen angehaltenen Pod wieder starten</translation>
    </message>
    <message>
        <source>&amp;Terminate…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Destroy the pod and everything on its disk</source>
        <translation>Den Pod und alles auf seinem Datenträger löschen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;About autopod</source>
        <translation>&amp;Über autopod</translation>
    </message>
    <message>
        <source>&amp;Guard settings…</source>
        <translation>&amp;Wächter-Einstellungen…</translation>
    </message>
    <message>
        <source>When the pod stops by itself: idle time, budget, maximum runtime</source>
        <translation>Wann der Pod von selbst stoppt: Leerlaufzeit, Budget, maximale Laufzeit</translation>
    </message>
</context>
<context>
    <name>NewPodDialog</name>
    <message>
        <source>New pod</source>
        <translation>Neuer Pod</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>&amp;Cloud:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <source>C&amp;UDA at least:</source>
        <translation>C&amp;UDA mindestens:</translation>
    </message>
    <message>
        <source>Only my &amp;favourite GPUs</source>
        <translation>Nur meine &amp;Lieblings-GPUs</translation>
    </message>
    <message>
        <source>&amp;Search again</source>
        <translation>Erneut &amp;suchen</translation>
    </message>
    <message>
        <source>GPU c&amp;ount:</source>
        <translation>GPU-&amp;Anzahl:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Network &amp;volume:</source>
        <translation>Netzwerk-&amp;Volume:</translation>
    </message>
    <message>
        <source>&amp;Data center:</source>
        <translation>&amp;Rechenzentrum:</translation>
    </message>
    <message>
        <source>Also &amp;publish ComfyUI on RunPod&apos;s public proxy (anyone who knows the pod id can use it)</source>
        <translation>ComfyUI auch auf RunPods öffentlichem Proxy &amp;veröffentlichen (jeder, der die Pod-ID kennt, kann es benutzen)</translation>
    </message>
    <message>
        <source>Off: ComfyUI is reached only through autopod&apos;s SSH tunnel. On: it is also at https://&lt;pod id&gt;-8188.proxy.runpod.net, without a password.</source>
        <translation>Aus: ComfyUI ist nur über autopods SSH-Tunnel erreichbar. An: es ist zusätzlich unter https://&lt;Pod-ID&gt;-8188.proxy.runpod.net erreichbar, ohne Passwort.</translation>
    </message>
    <message>
        <source>Volume d&amp;isk (GB):</source>
        <translation>Volume-D&amp;atenträger (GB):</translation>
    </message>
    <message>
        <source>Mounted at /workspace: it keeps the pod&apos;s files when the pod stops, and is billed for storage while the pod is stopped.</source>
        <translation>Unter /workspace eingehängt: Er behält die Dateien des Pods, wenn der Pod stoppt, und wird als Speicher berechnet, solange der Pod gestoppt ist.</translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message>
        <source>Open File → Setup wizard and enter an API key with read and write access.</source>
        <translation>Öffnen Sie Datei → Einrichtungsassistent und geben Sie einen API-Schlüssel mit Lese- und Schreibzugriff ein.</translation>
    </message>
    <message>
        <source>Open File → Setup wizard and go through the setup again.</source>
        <translation>Öffnen Sie Datei → Einrichtungsassistent und durchlaufen Sie die Einrichtung erneut.</translation>
    </message>
    <message>
        <source>Widen the filters in the new-pod dialog (File → New pod), then search again.</source>
        <translation>Erweitern Sie die Filter im Dialog „Neuer Pod“ (Datei → Neuer Pod) und suchen Sie erneut.</translation>
    </message>
    <message>
        <source>Check the pod list (Pod → Refresh): it shows every pod on your RunPod account.</source>
        <translation>Prüfen Sie die Pod-Liste (Pod → Aktualisieren): Sie zeigt jeden Pod Ihres RunPod-Kontos.</translation>
    </message>
    <message>
        <source>Select the pod in the pod list and choose Pod → Stop.</source>
        <translation>Wählen Sie den Pod in der Pod-Liste aus und dann Pod → Anhalten.</translation>
    </message>
    <message>
        <source>Select %1 in the pod list and choose Pod → Stop.</source>
        <translation>Wählen Sie %1 in der Pod-Liste aus und dann Pod → Anhalten.</translation>
    </message>
</context>
<context>
    <name>PodActions</name>
    <message>
        <source>Pod %1 no longer exists on RunPod: nothing to stop, nothing bills.</source>
        <translation>Pod %1 existiert bei RunPod nicht mehr: Es gibt nichts anzuhalten, es fallen keine Kosten an.</translation>
    </message>
    <message>
        <source>Pod %1 is already stopped.</source>
        <translation>Pod %1 ist bereits angehalten.</translation>
    </message>
    <message>
        <source>Pod %1 stopped: saving $%2/hr.</source>
        <translation>Pod %1 angehalten: Ersparnis $%2/h.</translation>
    </message>
    <message>
        <source>Pod %1 stopped.</source>
        <translation>Pod %1 angehalten.</translation>
    </message>
    <message>
        <source>Could not stop pod %1: %2</source>
        <translation>Pod %1 konnte nicht angehalten werden: %2</translation>
    </message>
    <message>
        <source>Pod %1 was already gone on RunPod; removed from tracking.</source>
        <translation>Pod %1 war bei RunPod bereits verschwunden; er wird nicht mehr verfolgt.</translation>
    </message>
    <message>
        <source>Pod %1 terminated.</source>
        <translation>Pod %1 gelöscht.</translation>
    </message>
    <message>
        <source>Could not terminate pod %1: %2</source>
        <translation>Pod %1 konnte nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>PodDetailsPanel</name>
    <message>
        <source>No pod selected</source>
        <translation>Kein Pod ausgewählt</translation>
    </message>
    <message>
        <source>Pod ID</source>
        <translation>Pod-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Network volume</source>
        <translation>Netzwerk-Volume</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>ComfyUI</source>
        <translation>ComfyUI</translation>
    </message>
    <message>
        <source>Connect manually with OpenSSH:</source>
        <translation>Manuell mit OpenSSH verbinden:</translation>
    </message>
    <message>
        <source>Available while the pod is running</source>
        <translation>Verfügbar, solange der Pod läuft</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>Wächter</translation>
    </message>
    <message>
        <source>Guard state</source>
        <translation>Wächterstatus</translation>
    </message>
</context>
<context>
    <name>PodStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>ungültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation>die oberste Ebene ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>A pod record needs a name</source>
        <translation>Ein Pod-Eintrag braucht einen Namen</translation>
    </message>
    <message>
        <source>The name %1 is already used by pod %2</source>
        <translation>Der Name %1 wird bereits von Pod %2 verwendet</translation>
    </message>
    <message>
        <source>No pod %1 in %2</source>
        <translation>Kein Pod %1 in %2</translation>
    </message>
</context>
<context>
    <name>PodSync</name>
    <message>
        <source>pods.json already tracks another pod named %1.</source>
        <translation>pods.json verfolgt bereits einen anderen Pod namens %1.</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>%1/hr</source>
        <translation>%1/h</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 h</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Wird erstellt</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Wird angehalten</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>RunPodErrors</name>
    <message>
        <source> (RunPod said: &quot;%1&quot;)</source>
        <translation> (RunPod meldete: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Your RunPod balance is too low for this pod: RunPod needs credit for at least one hour of its cost. Add credit at https://www.runpod.io/console/user/billing and try again.%1</source>
        <translation>Ihr RunPod-Guthaben reicht für diesen Pod nicht: RunPod verlangt Guthaben für mindestens eine Stunde seiner Kosten. Laden Sie unter https://www.runpod.io/console/user/billing Guthaben auf und versuchen Sie es erneut.%1</translation>
    </message>
    <message>
        <source>No GPU is available with your filters. Widen them (region, network speed, CUDA version, favourite GPUs, cloud type) and try again.</source>
        <translation>Mit Ihren Filtern ist keine GPU verfügbar. Erweitern Sie sie (Region, Netzwerkgeschwindigkeit, CUDA-Version, bevorzugte GPUs, Cloud-Typ) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>RunPod has no machine free for this GPU with these settings right now. Pick another GPU type, data center or cloud type, or try again in a few minutes.%1</source>
        <translation>RunPod hat für diese GPU mit diesen Einstellungen gerade keine Maschine frei. Wählen Sie einen anderen GPU-Typ, ein anderes Rechenzentrum oder einen anderen Cloud-Typ, oder versuchen Sie es in ein paar Minuten erneut.%1</translation>
    </message>
    <message>
        <source>RunPod no longer knows this pod: it has been terminated (by autopod, in the RunPod console, or by RunPod).</source>
        <translation>RunPod kennt diesen Pod nicht mehr: Er wurde gelöscht (von autopod, in der RunPod-Konsole oder von RunPod).</translation>
    </message>
    <message>
        <source>RunPod is limiting the rate of requests from this API key. Wait a minute and try again.</source>
        <translation>RunPod begrenzt die Anzahl der Anfragen mit diesem API-Schlüssel. Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>RunPod did not answer in time. Check your internet connection and try again (RunPod&apos;s status: https://uptime.runpod.io).</source>
        <translation>RunPod hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut (Status von RunPod: https://uptime.runpod.io).</translation>
    </message>
    <message>
        <source>Could not reach RunPod. Check your internet connection, and runpod.api_url or AUTOPOD_API_URL if you set them.</source>
        <translation>RunPod ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung sowie runpod.api_url oder AUTOPOD_API_URL, falls Sie diese gesetzt haben.</translation>
    </message>
    <message>
        <source>Could not reach RunPod (%1). Check your internet connection, and runpod.api_url or AUTOPOD_API_URL if you set them.</source>
        <translation>RunPod ist nicht erreichbar (%1). Prüfen Sie Ihre Internetverbindung sowie runpod.api_url oder AUTOPOD_API_URL, falls Sie diese gesetzt haben.</translation>
    </message>
    <message>
        <source>RunPod had an internal error and did not recover. Try again in a few minutes (RunPod&apos;s status: https://uptime.runpod.io).%1</source>
        <translation>Bei RunPod ist ein interner Fehler aufgetreten, der nicht behoben wurde. Versuchen Sie es in ein paar Minuten erneut (Status von RunPod: https://uptime.runpod.io).%1</translation>
    </message>
    <message>
        <source>RunPod rejected the request autopod sent. This is a bug in autopod; please report it with this message: %1</source>
        <translation>RunPod hat die Anfrage von autopod abgelehnt. Das ist ein Fehler in autopod; bitte melden Sie ihn mit dieser Meldung: %1</translation>
    </message>
    <message>
        <source>RunPod answered something autopod does not understand. Try again; if it persists, report it with ~/.autopod/logs/autopod.log.</source>
        <translation>RunPod hat etwas geantwortet, das autopod nicht versteht. Versuchen Sie es erneut; falls es bestehen bleibt, melden Sie es mit ~/.autopod/logs/autopod.log.</translation>
    </message>
    <message>
        <source>RunPod answered something autopod does not understand (%1). Try again; if it persists, report it with ~/.autopod/logs/autopod.log.</source>
        <translation>RunPod hat etwas geantwortet, das autopod nicht versteht (%1). Versuchen Sie es erneut; falls es bestehen bleibt, melden Sie es mit ~/.autopod/logs/autopod.log.</translation>
    </message>
    <message>
        <source>The request to RunPod was cancelled.</source>
        <translation>Die Anfrage an RunPod wurde abgebrochen.</translation>
    </message>
    <message>
        <source>RunPod no longer knows pod %1: it has been terminated (by autopod, in the RunPod console, or by RunPod).</source>
        <translation>RunPod kennt Pod %1 nicht mehr: Er wurde gelöscht (von autopod, in der RunPod-Konsole oder von RunPod).</translation>
    </message>
    <message>
        <source>This is not an SSH public key (expected one line like &quot;ssh-ed25519 AAAA… comment&quot;, from the .pub file). Nothing was sent to RunPod.</source>
        <translation>Das ist kein öffentlicher SSH-Schlüssel (erwartet wird eine Zeile wie &quot;ssh-ed25519 AAAA… Kommentar&quot; aus der .pub-Datei). Es wurde nichts an RunPod gesendet.</translation>
    </message>
    <message>
        <source>RunPod did not answer in time</source>
        <translation>RunPod hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>cannot reach RunPod</source>
        <translation>RunPod ist nicht erreichbar</translation>
    </message>
    <message>
        <source>cannot reach RunPod (%1)</source>
        <translation>RunPod ist nicht erreichbar (%1)</translation>
    </message>
    <message>
        <source>RunPod is rate-limiting requests</source>
        <translation>RunPod begrenzt die Anfragen</translation>
    </message>
    <message>
        <source>RunPod answered HTTP %1</source>
        <translation>RunPod antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>RunPod had an internal error</source>
        <translation>Bei RunPod ist ein interner Fehler aufgetreten</translation>
    </message>
    <message>
        <source>The GPUs on this pod&apos;s host machine are now rented by someone else, so RunPod cannot resume the pod right now. Its volume is kept while it is stopped; try again later, or create a new pod (data outside /workspace or a network volume is not kept).%1</source>
        <translation>Die GPUs auf dem Host dieses Pods sind inzwischen an jemand anderen vermietet, daher kann RunPod den Pod gerade nicht fortsetzen. Sein Volume bleibt erhalten, solange er angehalten ist; versuchen Sie es später erneut oder erstellen Sie einen neuen Pod (Daten außerhalb von /workspace oder eines Netzwerk-Volumes bleiben nicht erhalten).%1</translation>
    </message>
    <message>
        <source>This pod would take your RunPod spending above your account&apos;s spend limit. Stop other pods or raise the limit at https://www.runpod.io/console/user/billing.%1</source>
        <translation>Mit diesem Pod würden Ihre RunPod-Ausgaben das Ausgabenlimit Ihres Kontos überschreiten. Halten Sie andere Pods an oder erhöhen Sie das Limit unter https://www.runpod.io/console/user/billing.%1</translation>
    </message>
    <message>
        <source>RunPod refused %1: %2</source>
        <translation>RunPod hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>No GPU is available with your filters (%1). Widen them and try again.</source>
        <translation>Mit Ihren Filtern ist keine GPU verfügbar (%1). Erweitern Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The RunPod endpoint %1 is plain http to another machine: autopod sends the API key only over https (or over http to this machine, for testing). Use an https:// address in runpod.api_url or AUTOPOD_API_URL.</source>
        <translation>Der RunPod-Endpunkt %1 ist unverschlüsseltes http zu einem anderen Rechner: autopod sendet den API-Schlüssel nur über https (oder zum Testen über http an diesen Rechner). Verwenden Sie eine https://-Adresse in runpod.api_url oder AUTOPOD_API_URL.</translation>
    </message>
    <message>
        <source>RunPod no longer serves its GraphQL API. Set the RunPod transport (runpod.transport) to auto or rest, and autopod uses RunPod&apos;s REST API.%1</source>
        <translation>RunPod bietet seine GraphQL-API nicht mehr an. Stellen Sie den RunPod-Transport (runpod.transport) auf auto oder rest, dann verwendet autopod die REST-API von RunPod.%1</translation>
    </message>
    <message>
        <source>RunPod rejected the API key. Check it at https://www.runpod.io/console/user/settings and set a valid one.</source>
        <translation>RunPod hat den API-Schlüssel abgelehnt. Prüfen Sie ihn unter https://www.runpod.io/console/user/settings und hinterlegen Sie einen gültigen.</translation>
    </message>
    <message>
        <source>RunPod refused the request: this API key is read-only or restricted. Create a key with read/write (&quot;All&quot;) permission at https://www.runpod.io/console/user/settings and set it as the API key.</source>
        <translation>RunPod hat die Anfrage abgelehnt: Dieser API-Schlüssel ist schreibgeschützt oder eingeschränkt. Erstellen Sie unter https://www.runpod.io/console/user/settings einen Schlüssel mit Lese- und Schreibrecht (&quot;All&quot;) und hinterlegen Sie ihn als API-Schlüssel.</translation>
    </message>
    <message>
        <source>No RunPod API key is configured. Create one at https://www.runpod.io/console/user/settings and set it as the API key.</source>
        <translation>Es ist kein RunPod-API-Schlüssel eingerichtet. Erstellen Sie einen unter https://www.runpod.io/console/user/settings und hinterlegen Sie ihn als API-Schlüssel.</translation>
    </message>
    <message>
        <source>RunPod refused to answer %1 for this API key. Make sure the key has read permission at https://www.runpod.io/console/user/settings and set it as the API key.</source>
        <translation>RunPod hat die Antwort auf %1 für diesen API-Schlüssel verweigert. Stellen Sie unter https://www.runpod.io/console/user/settings sicher, dass der Schlüssel Leserecht hat, und hinterlegen Sie ihn als API-Schlüssel.</translation>
    </message>
    <message>
        <source>No GPU is available with your filters (%1). Widen them (region, network speed, CUDA version, favourite GPUs, cloud type) and try again.</source>
        <translation>Mit Ihren Filtern ist keine GPU verfügbar (%1). Erweitern Sie sie (Region, Netzwerkgeschwindigkeit, CUDA-Version, bevorzugte GPUs, Cloud-Typ) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 A pod named %2 may have been created anyway: check the pod list or https://www.runpod.io/console/pods.</source>
        <translation>%1 Ein Pod namens %2 wurde möglicherweise trotzdem erstellt: Prüfen Sie die Pod-Liste oder https://www.runpod.io/console/pods.</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>config file (no keychain available)</source>
        <translation>Konfigurationsdatei (kein Schlüsselbund verfügbar)</translation>
    </message>
    <message>
        <source>OS keychain (Secret Service)</source>
        <translation>Schlüsselbund des Systems (Secret Service)</translation>
    </message>
    <message>
        <source>Could not store the API key in %1: %2</source>
        <translation>Der API-Schlüssel konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The OS keychain did not answer within %1 s: it may be locked and waiting for you to unlock it (look for a password prompt), or its service is stuck.</source>
        <translation>Der Schlüsselbund des Systems hat nicht innerhalb von %1 s geantwortet: Möglicherweise ist er gesperrt und wartet darauf, dass Sie ihn entsperren (achten Sie auf eine Passwortabfrage), oder sein Dienst hängt.</translation>
    </message>
    <message>
        <source>Could not read the API key from the keychain: %1</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 Unlock it and try again; on a machine without a usable keychain, put the key in %2 as runpod.api_key instead (the file is readable only by you).</source>
        <translation>%1 Entsperren Sie ihn und versuchen Sie es erneut; auf einem Rechner ohne nutzbaren Schlüsselbund tragen Sie den Schlüssel stattdessen als runpod.api_key in %2 ein (die Datei ist nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>Could not store the API key in the keychain: %1</source>
        <translation>Der API-Schlüssel konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 The API key was not stored. Unlock the keychain and try again.</source>
        <translation>%1 Der API-Schlüssel wurde nicht gespeichert. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not delete the API key from the keychain: %1</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Schlüsselbund gelöscht werden: %1</translation>
    </message>
    <message>
        <source>%1 The API key may still be in the keychain; unlock it and try again.</source>
        <translation>%1 Der API-Schlüssel ist möglicherweise noch im Schlüsselbund; entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No RunPod API key is stored. Run the setup to enter one.</source>
        <translation>Es ist kein RunPod-API-Schlüssel gespeichert. Führen Sie die Einrichtung aus, um einen einzugeben.</translation>
    </message>
</context>
<context>
    <name>SshConnect</name>
    <message>
        <source>The pod&apos;s host key was not accepted, so autopod did not connect.</source>
        <translation>Der Host-Schlüssel des Pods wurde nicht akzeptiert, daher hat autopod keine Verbindung hergestellt.</translation>
    </message>
</context>
<context>
    <name>SshConnection</name>
    <message>
        <source>Connection to %1 refused: SSH is not running on the pod (yet).</source>
        <translation>Verbindung zu %1 abgelehnt: SSH läuft (noch) nicht auf dem Pod.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>SSH connection to %1 failed: %2</source>
        <translation>SSH-Verbindung zu %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The server did not present a host key.</source>
        <translation>Der Server hat keinen Host-Schlüssel vorgelegt.</translation>
    </message>
    <message>
        <source>The passphrase for %1 is not correct.</source>
        <translation>Die Passphrase für %1 ist nicht korrekt.</translation>
    </message>
    <message>
        <source>Cannot read the SSH key %1.</source>
        <translation>Der SSH-Schlüssel %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase and is not in your ssh-agent. Enter the passphrase or run: ssh-add %1</source>
        <translation>%1 ist durch eine Passphrase geschützt und nicht in Ihrem ssh-agent. Geben Sie die Passphrase ein oder führen Sie aus: ssh-add %1</translation>
    </message>
    <message>
        <source>SSH authentication to %1 failed: %2</source>
        <translation>SSH-Anmeldung bei %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The pod at %1 did not accept your SSH key %2. The pod gets its authorised keys from PUBLIC_KEY when it is created; make sure it was created with this key, or add the public key to your RunPod account (Settings → SSH Public Keys).</source>
        <translation>Der Pod unter %1 hat Ihren SSH-Schlüssel %2 nicht akzeptiert. Der Pod erhält seine zugelassenen Schlüssel beim Erstellen aus PUBLIC_KEY; stellen Sie sicher, dass er mit diesem Schlüssel erstellt wurde, oder fügen Sie den öffentlichen Schlüssel Ihrem RunPod-Konto hinzu (Settings → SSH Public Keys).</translation>
    </message>
    <message>
        <source>(from ssh-agent)</source>
        <translation>(aus dem ssh-agent)</translation>
    </message>
    <message>
        <source>libssh could not create a session.</source>
        <translation>libssh konnte keine Sitzung erstellen.</translation>
    </message>
    <message>
        <source>The pod at %1 refused the login: autopod has no SSH key configured, and the ssh-agent offered none the pod accepts. Run the setup again to choose or generate a key, then create a new pod: a pod accepts only the keys it was created with.</source>
        <translation>Der Pod unter %1 hat die Anmeldung abgelehnt: autopod hat keinen SSH-Schlüssel eingerichtet, und der ssh-agent bot keinen an, den der Pod akzeptiert. Führen Sie die Einrichtung erneut aus, um einen Schlüssel zu wählen oder zu erzeugen, und erstellen Sie dann einen neuen Pod: Ein Pod akzeptiert nur die Schlüssel, mit denen er erstellt wurde.</translation>
    </message>
</context>
<context>
    <name>SshHostKeys</name>
    <message>
        <source>The host key of %1 matches the one autopod trusted before (%2).</source>
        <translation>Der Host-Schlüssel von %1 stimmt mit dem überein, dem autopod bereits vertraut hat (%2).</translation>
    </message>
    <message>
        <source>autopod has not connected to %1 before. Its host key fingerprint is
  %2 (%3)
RunPod shows the pod&apos;s host key in the pod&apos;s logs; trust it only if it matches.</source>
        <translation>autopod hat sich noch nie mit %1 verbunden. Der Fingerabdruck des Host-Schlüssels ist
  %2 (%3)
RunPod zeigt den Host-Schlüssel des Pods in dessen Logs; vertrauen Sie ihm nur, wenn er übereinstimmt.</translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED. autopod refused to connect.
  trusted before: %2 (%3)
  presented now:  %4 (%5)
This is expected when a pod was re-created or restarted and RunPod gave its address to a new container; it can also mean someone is intercepting the connection. If you have just (re)started this pod, remove the old key from %6 (the line for %7) and connect again to trust the new one.</source>
        <translation>Der Host-Schlüssel von %1 hat sich GEÄNDERT. autopod hat die Verbindung verweigert.
  bisher vertraut: %2 (%3)
  jetzt vorgelegt: %4 (%5)
Das ist zu erwarten, wenn ein Pod neu erstellt oder neu gestartet wurde und RunPod seine Adresse einem neuen Container gegeben hat; es kann aber auch bedeuten, dass jemand die Verbindung abfängt. Wenn Sie diesen Pod gerade (neu) gestartet haben, entfernen Sie den alten Schlüssel aus %6 (die Zeile für %7) und verbinden Sie sich erneut, um dem neuen zu vertrauen.</translation>
    </message>
    <message>
        <source>autopod&apos;s known_hosts</source>
        <translation>known_hosts von autopod</translation>
    </message>
    <message>
        <source>WARNING: host key checking is OFF for %1:%2 (insecure option). The connection could be intercepted without autopod noticing.</source>
        <translation>WARNUNG: Die Prüfung des Host-Schlüssels ist für %1:%2 AUSGESCHALTET (unsichere Option). Die Verbindung könnte abgefangen werden, ohne dass autopod es bemerkt.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No host key to trust.</source>
        <translation>Kein Host-Schlüssel, dem vertraut werden kann.</translation>
    </message>
    <message>
        <source>Pod %1 presents a new host key at %2. It was just started again, and RunPod gives a restarted pod new host keys, so this is expected.
  trusted before: %3 (%4)
  presented now:  %5 (%6)
RunPod shows the pod&apos;s host key in the pod&apos;s logs; trust it only if it matches.</source>
        <translation>Pod %1 zeigt unter %2 einen neuen Host-Schlüssel. Er wurde gerade neu gestartet, und RunPod gibt einem neu gestarteten Pod neue Host-Schlüssel; das ist also zu erwarten.
  bisher vertraut: %3 (%4)
  jetzt gezeigt:   %5 (%6)
RunPod zeigt den Host-Schlüssel des Pods in dessen Logs; vertrauen Sie ihm nur, wenn er übereinstimmt.</translation>
    </message>
</context>
<context>
    <name>SshKeyPage</name>
    <message>
        <source>SSH key</source>
        <translation>SSH-Schlüssel</translation>
    </message>
    <message>
        <source>autopod reaches your pods over SSH: for the ComfyUI tunnel and for the shell.</source>
        <translation>autopod erreicht Ihre Pods über SSH: für den ComfyUI-Tunnel und für die Shell.</translation>
    </message>
    <message>
        <source>Generate a new key</source>
        <translation>Neuen Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>Use another key file…</source>
        <translation>Andere Schlüsseldatei verwenden …</translation>
    </message>
    <message>
        <source>Your RunPod account</source>
        <translation>Ihr RunPod-Konto</translation>
    </message>
    <message>
        <source>RunPod puts the public keys of your account on every pod. autopod can add this key to the list for you (the keys already there stay), or you can add it yourself as described below.</source>
        <translation>RunPod legt die öffentlichen Schlüssel Ihres Kontos auf jeden Pod. autopod kann diesen Schlüssel für Sie zur Liste hinzufügen (die vorhandenen Schlüssel bleiben), oder Sie fügen ihn wie unten beschrieben selbst hinzu.</translation>
    </message>
    <message>
        <source>Add the public key to my RunPod account</source>
        <translation>Den öffentlichen Schlüssel zu meinem RunPod-Konto hinzufügen</translation>
    </message>
    <message>
        <source>Copy the public key</source>
        <translation>Öffentlichen Schlüssel kopieren</translation>
    </message>
</context>
<context>
    <name>SshKeys</name>
    <message>
        <source>No SSH key at %1.</source>
        <translation>Kein SSH-Schlüssel unter %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not an SSH private key autopod can read (OpenSSH or PEM format).</source>
        <translation>%1 ist kein privater SSH-Schlüssel, den autopod lesen kann (OpenSSH- oder PEM-Format).</translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase. Add it to your ssh-agent (ssh-add %1) or enter the passphrase when asked.</source>
        <translation>%1 ist durch eine Passphrase geschützt. Fügen Sie ihn Ihrem ssh-agent hinzu (ssh-add %1) oder geben Sie die Passphrase ein, wenn Sie danach gefragt werden.</translation>
    </message>
    <message>
        <source>The passphrase for %1 is not correct.</source>
        <translation>Die Passphrase für %1 ist nicht korrekt.</translation>
    </message>
    <message>
        <source>%1 can be accessed by other users on this computer (permissions %2). SSH refuses private keys like that. Fix: chmod 600 %1 (autopod can do it for you).</source>
        <translation>Andere Benutzer dieses Computers können auf %1 zugreifen (Berechtigungen %2). SSH lehnt solche privaten Schlüssel ab. Abhilfe: chmod 600 %1 (autopod kann das für Sie erledigen).</translation>
    </message>
    <message>
        <source>Cannot change the permissions of %1: %2</source>
        <translation>Die Berechtigungen von %1 können nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 already exists; autopod does not overwrite keys.</source>
        <translation>%1 existiert bereits; autopod überschreibt keine Schlüssel.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Das Verzeichnis %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>libssh could not generate an ed25519 key.</source>
        <translation>libssh konnte keinen ed25519-Schlüssel erzeugen.</translation>
    </message>
    <message>
        <source>libssh could not export the new key.</source>
        <translation>libssh konnte den neuen Schlüssel nicht exportieren.</translation>
    </message>
    <message>
        <source>ssh-agent key</source>
        <translation>Schlüssel im ssh-agent</translation>
    </message>
    <message>
        <source>ssh-agent key %1</source>
        <translation>Schlüssel %1 im ssh-agent</translation>
    </message>
</context>
<context>
    <name>SshShell</name>
    <message>
        <source>The pod refused the terminal session: %1</source>
        <translation>Der Pod hat die Terminalsitzung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The connection to the pod was lost: %1</source>
        <translation>Die Verbindung zum Pod wurde unterbrochen: %1</translation>
    </message>
</context>
<context>
    <name>SshTunnel</name>
    <message>
        <source>nothing answers on the pod&apos;s port %1 yet</source>
        <translation>auf dem Port %1 des Pods antwortet noch nichts</translation>
    </message>
    <message>
        <source>the pod&apos;s port %1 answered &quot;%2&quot;</source>
        <translation>der Port %1 des Pods antwortete &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the SSH connection closed</source>
        <translation>die SSH-Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>ComfyUI did not answer GET %1 on the pod within %2 s (%3).</source>
        <translation>ComfyUI hat auf dem Pod nicht innerhalb von %2 s auf GET %1 geantwortet (%3).</translation>
    </message>
    <message>
        <source>The pod at %1 has refused SSH connections for %2 s: it was stopped or terminated, or its SSH server is not running.</source>
        <translation>Der Pod unter %1 lehnt seit %2 s SSH-Verbindungen ab: Er wurde angehalten oder gelöscht, oder sein SSH-Server läuft nicht.</translation>
    </message>
    <message>
        <source>Could not reach the pod at %1 for %2 s: %3</source>
        <translation>Der Pod unter %1 war %2 s lang nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>The SSH connection dropped (%1); reconnecting.</source>
        <translation>Die SSH-Verbindung ist abgebrochen (%1); sie wird neu aufgebaut.</translation>
    </message>
    <message>
        <source>The tunnel stopped.</source>
        <translation>Der Tunnel wurde beendet.</translation>
    </message>
    <message>
        <source>The tunnel is already running.</source>
        <translation>Der Tunnel läuft bereits.</translation>
    </message>
    <message>
        <source>Port %1 is used by another program</source>
        <translation>Port %1 wird von einem anderen Programm verwendet</translation>
    </message>
    <message>
        <source>Port %1 was held by a stale autopod tunnel (pid %2, pod %3); autopod stopped it and took the port back.</source>
        <translation>Port %1 war von einem veralteten autopod-Tunnel belegt (PID %2, Pod %3); autopod hat ihn beendet und den Port zurückgeholt.</translation>
    </message>
    <message>
        <source>Port %1 is held by an autopod tunnel that could not be stopped</source>
        <translation>Port %1 ist von einem autopod-Tunnel belegt, der nicht beendet werden konnte</translation>
    </message>
    <message>
        <source>Port %1 is used by autopod&apos;s tunnel to pod %2</source>
        <translation>Port %1 wird vom autopod-Tunnel zu Pod %2 verwendet</translation>
    </message>
    <message>
        <source>%1; using port %2 instead.</source>
        <translation>%1; stattdessen wird Port %2 verwendet.</translation>
    </message>
    <message>
        <source>%1, and no free port was found in %2–%3.</source>
        <translation>%1, und im Bereich %2–%3 wurde kein freier Port gefunden.</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>Prozess %1</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <source>%1 is not an autopod tunnel for pod %2</source>
        <translation>%1 ist kein autopod-Tunnel für Pod %2</translation>
    </message>
    <message>
        <source>Port %1 is used by %2</source>
        <translation>Port %1 wird von %2 belegt</translation>
    </message>
    <message>
        <source>Port %1 is used by %2, which autopod leaves running</source>
        <translation>Port %1 wird von %2 belegt, das autopod weiterlaufen lässt</translation>
    </message>
    <message>
        <source>the pod&apos;s port %1 answered with more than %2 KiB</source>
        <translation>der Port %1 des Pods antwortete mit mehr als %2 KiB</translation>
    </message>
</context>
<context>
    <name>StatusChange</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 since %2 (%3)</source>
        <translation>%1 seit %2 (%3)</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>running since %1 (%2)</source>
        <translation>läuft seit %1 (%2)</translation>
    </message>
    <message>
        <source>running since %1</source>
        <translation>läuft seit %1</translation>
    </message>
    <message>
        <source>stopped since %1 (%2)</source>
        <translation>angehalten seit %1 (%2)</translation>
    </message>
    <message>
        <source>stopped since %1</source>
        <translation>angehalten seit %1</translation>
    </message>
    <message>
        <source>terminated since %1 (%2)</source>
        <translation>gelöscht seit %1 (%2)</translation>
    </message>
    <message>
        <source>terminated since %1</source>
        <translation>gelöscht seit %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, durch %2</translation>
    </message>
</context>
<context>
    <name>StoppedPod</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 storage</source>
        <translation>%1 Speicher</translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <source>ComfyUI template</source>
        <translation>ComfyUI-Vorlage</translation>
    </message>
    <message>
        <source>The container image new pods start from.</source>
        <translation>Das Container-Image, mit dem neue Pods starten.</translation>
    </message>
    <message>
        <source>Official image</source>
        <translation>Offizielles Image</translation>
    </message>
</context>
<context>
    <name>autopod::gui::ApiKeyPage</name>
    <message>
        <source>Checking the key…</source>
        <translation>Schlüssel wird geprüft …</translation>
    </message>
</context>
<context>
    <name>autopod::gui::ComfyUiView</name>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>ComfyUI appears here once the pod is running and its tunnel is connected.</source>
        <translation>ComfyUI erscheint hier, sobald der Pod läuft und sein Tunnel verbunden ist.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <source>Connecting to the pod…</source>
        <translation>Verbindung zum Pod wird aufgebaut …</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbinde erneut …</translation>
    </message>
    <message>
        <source>The connection to the pod dropped. Reconnecting; the page comes back by itself.</source>
        <translation>Die Verbindung zum Pod ist abgebrochen. Sie wird wiederhergestellt; die Seite kehrt von selbst zurück.</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>The tunnel to the pod failed.</source>
        <translation>Der Tunnel zum Pod ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>autopod::gui::CreationProgress</name>
    <message>
        <source>Cancel…</source>
        <translation>Abbrechen …</translation>
    </message>
    <message>
        <source>RunPod created %1 (%2).</source>
        <translation>RunPod hat %1 erstellt (%2).</translation>
    </message>
    <message>
        <source>%1 — trying again in %2 s (attempt %3 of %4).</source>
        <translation>%1 – neuer Versuch in %2 s (Versuch %3 von %4).</translation>
    </message>
    <message>
        <source>Requesting pod...</source>
        <translation>Pod wird angefordert ...</translation>
    </message>
    <message>
        <source>Waiting for pod to start...</source>
        <translation>Warte auf den Start des Pods ...</translation>
    </message>
    <message>
        <source>Pod running, waiting for SSH...</source>
        <translation>Pod läuft, warte auf SSH ...</translation>
    </message>
    <message>
        <source>SSH ready, establishing tunnel...</source>
        <translation>SSH bereit, Tunnel wird aufgebaut ...</translation>
    </message>
    <message>
        <source>Connected!</source>
        <translation>Verbunden!</translation>
    </message>
    <message>
        <source>Creating a pod</source>
        <translation>Ein Pod wird erstellt</translation>
    </message>
    <message>
        <source>Creating &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wird erstellt</translation>
    </message>
    <message>
        <source>%1 (at %2/hr)</source>
        <translation>%1 (bei %2/h)</translation>
    </message>
    <message>
        <source>Open ComfyUI</source>
        <translation>ComfyUI öffnen</translation>
    </message>
    <message>
        <source>Cancel pod creation</source>
        <translation>Pod-Erstellung abbrechen</translation>
    </message>
    <message>
        <source>What should happen to %1?

Stopping keeps its volume (storage is still billed); terminating deletes it and ends all billing; keeping it running costs %2/hr.</source>
        <translation>Was soll mit %1 geschehen?

Beim Anhalten bleibt das Volume erhalten (der Speicher wird weiter berechnet); Löschen entfernt ihn samt Volume und beendet jede Abrechnung; Weiterlaufen kostet %2/h.</translation>
    </message>
    <message>
        <source>the pod</source>
        <translation>dem Pod</translation>
    </message>
    <message>
        <source>Stop the pod</source>
        <translation>Pod anhalten</translation>
    </message>
    <message>
        <source>Terminate the pod</source>
        <translation>Pod löschen</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Continue waiting</source>
        <translation>Weiter warten</translation>
    </message>
    <message>
        <source>Cancelling: the pod will be stopped.</source>
        <translation>Abbruch: Der Pod wird angehalten.</translation>
    </message>
    <message>
        <source>Cancelling: the pod will be terminated.</source>
        <translation>Abbruch: Der Pod wird gelöscht.</translation>
    </message>
    <message>
        <source>Cancelling: the pod keeps running.</source>
        <translation>Abbruch: Der Pod läuft weiter.</translation>
    </message>
    <message>
        <source>Connected! ComfyUI is at http://127.0.0.1:%1 (%2 ms).</source>
        <translation>Verbunden! ComfyUI ist unter http://127.0.0.1:%1 erreichbar (%2 ms).</translation>
    </message>
    <message>
        <source>Resuming pod</source>
        <translation>Pod wird fortgesetzt</translation>
    </message>
    <message>
        <source>Resuming a pod</source>
        <translation>Ein Pod wird fortgesetzt</translation>
    </message>
    <message>
        <source>Resuming &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wird fortgesetzt</translation>
    </message>
    <message>
        <source>Check the pod in the list (or on runpod.io) and stop or terminate it yourself: it may still bill.</source>
        <translation>Prüfen Sie den Pod in der Liste (oder auf runpod.io) und stoppen oder beenden Sie ihn selbst: Er verursacht möglicherweise noch Kosten.</translation>
    </message>
    <message>
        <source>Add credit to your RunPod account, then try again.</source>
        <translation>Laden Sie Guthaben auf Ihr RunPod-Konto und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Choose another GPU, region or cloud in the new-pod dialog, or try again later.</source>
        <translation>Wählen Sie im Dialog „Neuer Pod“ eine andere GPU, Region oder Cloud, oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Check your internet connection, then try again.</source>
        <translation>Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Check the SSH key in File → Setup wizard (the pod must be created with the key autopod uses), then create a new pod.</source>
        <translation>Prüfen Sie den SSH-Schlüssel unter Datei → Einrichtungsassistent (der Pod muss mit dem Schlüssel erstellt werden, den autopod verwendet) und erstellen Sie dann einen neuen Pod.</translation>
    </message>
    <message>
        <source>Try again, perhaps with another GPU or data center; the log (View → Log) has the details.</source>
        <translation>Versuchen Sie es erneut, vielleicht mit einer anderen GPU oder einem anderen Rechenzentrum; das Protokoll (Ansicht → Protokoll) enthält die Einzelheiten.</translation>
    </message>
    <message>
        <source>Nothing else to do: you cancelled.</source>
        <translation>Nichts weiter zu tun: Sie haben abgebrochen.</translation>
    </message>
    <message>
        <source>Try again; the log (View → Log) has the details.</source>
        <translation>Versuchen Sie es erneut; das Protokoll (Ansicht → Protokoll) enthält die Einzelheiten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connected&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;Verbunden&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <source>ComfyUI on %1 is ready at http://127.0.0.1:%2.</source>
        <translation>ComfyUI auf %1 ist unter http://127.0.0.1:%2 bereit.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Resuming %1 failed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fortsetzen von %1 fehlgeschlagen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Creating %1 failed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Erstellen von %1 fehlgeschlagen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What failed: %1</source>
        <translation>Was fehlschlug: %1</translation>
    </message>
    <message>
        <source>What autopod did: %1</source>
        <translation>Was autopod getan hat: %1</translation>
    </message>
    <message>
        <source>Cost so far: %1</source>
        <translation>Bisherige Kosten: %1</translation>
    </message>
    <message>
        <source>What to do next: %1</source>
        <translation>Was als Nächstes zu tun ist: %1</translation>
    </message>
</context>
<context>
    <name>autopod::gui::DefaultsPage</name>
    <message>
        <source>North America</source>
        <translation>Nordamerika</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>Asien-Pazifik</translation>
    </message>
    <message>
        <source>Secure Cloud (recommended, more reliable)</source>
        <translation>Secure Cloud (empfohlen, zuverlässiger)</translation>
    </message>
    <message>
        <source>Community Cloud (cheaper, variable availability)</source>
        <translation>Community Cloud (günstiger, wechselnde Verfügbarkeit)</translation>
    </message>
    <message>
        <source>Suggested for your locale: %1. Pods can run in any region; a nearby one keeps ComfyUI responsive.</source>
        <translation>Vorschlag für Ihr Gebietsschema: %1. Pods können in jeder Region laufen; eine nahe Region hält ComfyUI reaktionsschnell.</translation>
    </message>
    <message>
        <source>Automatic: GraphQL, then REST v2 once RunPod retires GraphQL</source>
        <translation>Automatisch: GraphQL, dann REST v2, sobald RunPod GraphQL einstellt</translation>
    </message>
    <message>
        <source>GraphQL only</source>
        <translation>Nur GraphQL</translation>
    </message>
    <message>
        <source>REST v2 only</source>
        <translation>Nur REST v2</translation>
    </message>
</context>
<context>
    <name>autopod::gui::DesktopApp</name>
    <message>
        <source>Pods still running</source>
        <translation>Pods laufen noch</translation>
    </message>
    <message>
        <source>Pod action failed</source>
        <translation>Pod-Aktion fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not refresh from RunPod: %1</source>
        <translation>Aktualisierung von RunPod fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The pod is stopping.</source>
        <translation>Der Pod wird angehalten.</translation>
    </message>
    <message>
        <source>ComfyUI — %1</source>
        <translation>ComfyUI – %1</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>Status von %1: %2.</translation>
    </message>
    <message>
        <source>Cannot open a shell</source>
        <translation>Shell kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 has no SSH endpoint yet.</source>
        <translation>%1 hat noch keinen SSH-Zugang.</translation>
    </message>
    <message>
        <source>Shell — %1</source>
        <translation>Shell – %1</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>%1 (%2) — trying again in %3 s (attempt %4 of %5).</source>
        <translation>%1 (%2) – neuer Versuch in %3 s (Versuch %4 von %5).</translation>
    </message>
    <message>
        <source>%1 was terminated: this tab no longer reaches it.</source>
        <translation>%1 wurde beendet: Dieser Tab erreicht den Pod nicht mehr.</translation>
    </message>
    <message>
        <source>No SSH key</source>
        <translation>Kein SSH-Schlüssel</translation>
    </message>
    <message>
        <source>autopod has no SSH key to reach a new pod with: a pod accepts only the keys it is created with, so no pod is created without one. Choose an existing key or generate a new one on the setup wizard&apos;s SSH key page.</source>
        <translation>autopod hat keinen SSH-Schlüssel, mit dem es einen neuen Pod erreichen kann: Ein Pod akzeptiert nur die Schlüssel, mit denen er erstellt wird, deshalb wird ohne Schlüssel kein Pod erstellt. Wählen Sie auf der SSH-Schlüssel-Seite des Einrichtungsassistenten einen vorhandenen Schlüssel oder erzeugen Sie einen neuen.</translation>
    </message>
    <message>
        <source>Set up an SSH key…</source>
        <translation>SSH-Schlüssel einrichten…</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>%1 was stopped by its guard: %2.</source>
        <translation>%1 wurde von seinem Wächter gestoppt: %2.</translation>
    </message>
    <message>
        <source>Guard settings</source>
        <translation>Wächter-Einstellungen</translation>
    </message>
    <message>
        <source>autopod does not track this pod: it has no guard settings.</source>
        <translation>autopod verfolgt diesen Pod nicht: Er hat keine Wächter-Einstellungen.</translation>
    </message>
    <message>
        <source>Could not save the guard&apos;s settings: %1</source>
        <translation>Die Einstellungen des Wächters konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Guard of %1: %2. It takes these limits when the pod runs again.</source>
        <translation>Wächter von %1: %2. Er übernimmt diese Grenzen, wenn der Pod wieder läuft.</translation>
    </message>
    <message>
        <source>Guard of %1: %2 (%3).</source>
        <translation>Wächter von %1: %2 (%3).</translation>
    </message>
    <message>
        <source>Saved, but the guard on %1 did not take them: %2. The pod is NOT guarded.</source>
        <translation>Gespeichert, aber der Wächter auf %1 hat sie nicht übernommen: %2. Der Pod ist NICHT bewacht.</translation>
    </message>
    <message>
        <source>The favourite GPUs could not be saved: %1</source>
        <translation>Die bevorzugten GPUs konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Some outputs of %1 may not be on your disk: ComfyUI could not be reached to list them.</source>
        <translation>Einige Ausgaben von %1 sind möglicherweise nicht auf Ihrem Datenträger: ComfyUI war nicht erreichbar, um sie aufzulisten.</translation>
    </message>
    <message>
        <source>Not copied to your disk from %1: %2</source>
        <translation>Nicht auf Ihren Datenträger kopiert von %1: %2</translation>
    </message>
    <message>
        <source>Copying the last outputs before autopod quits…</source>
        <translation>Die letzten Ausgaben werden kopiert, bevor autopod sich beendet …</translation>
    </message>
</context>
<context>
    <name>autopod::gui::DesktopRuntime</name>
    <message>
        <source>%1

Fix the file, or move it away and run the setup again.</source>
        <translation>%1

Korrigieren Sie die Datei oder verschieben Sie sie und führen Sie die Einrichtung erneut aus.</translation>
    </message>
    <message>
        <source>Logging is off: %1</source>
        <translation>Protokollierung ist aus: %1</translation>
    </message>
    <message>
        <source>No keychain is available: the API key is read from %1.</source>
        <translation>Kein Schlüsselbund verfügbar: Der API-Schlüssel wird aus %1 gelesen.</translation>
    </message>
    <message>
        <source>Trust this pod&apos;s host key?</source>
        <translation>Dem Host-Schlüssel dieses Pods vertrauen?</translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>Vertrauen und verbinden</translation>
    </message>
    <message>
        <source>%1 has no public SSH port yet: wait until it is running.</source>
        <translation>%1 hat noch keinen öffentlichen SSH-Port: Warten Sie, bis er läuft.</translation>
    </message>
</context>
<context>
    <name>autopod::gui::DesktopSession</name>
    <message>
        <source>autopod</source>
        <translation>autopod</translation>
    </message>
    <message>
        <source>autopod needs a RunPod API key: open File → Setup wizard when you are ready.</source>
        <translation>autopod braucht einen RunPod-API-Schlüssel: Öffnen Sie Datei → Einrichtungsassistent, wenn Sie bereit sind.</translation>
    </message>
</context>
<context>
    <name>autopod::gui::DownloadPrompt</name>
    <message>
        <source>No temporary folder to download into.</source>
        <translation>Kein temporärer Ordner für den Download vorhanden.</translation>
    </message>
    <message>
        <source>ComfyUI wants to save “%1” to the folder %2.</source>
        <translation>ComfyUI möchte „%1“ im Ordner %2 speichern.</translation>
    </message>
    <message>
        <source>A file of that name is already there; this one is saved as “%1”.</source>
        <translation>Dort gibt es bereits eine Datei dieses Namens; diese wird als „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Save download?</source>
        <translation>Download speichern?</translation>
    </message>
    <message>
        <source>Could not write to %1.</source>
        <translation>Konnte nicht nach %1 schreiben.</translation>
    </message>
</context>
<context>
    <name>autopod::gui::GpuOfferModel</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>✓ High</source>
        <translation>✓ Hoch</translation>
    </message>
    <message>
        <source>✓ Medium</source>
        <translation>✓ Mittel</translation>
    </message>
    <message>
        <source>✓ Low</source>
        <translation>✓ Gering</translation>
    </message>
    <message>
        <source>Extreme</source>
        <translation>Extrem</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation>VRAM</translation>
    </message>
    <message>
        <source>Cost/hr</source>
        <translation>Kosten/h</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <source>A favourite: click to remove it from your favourites</source>
        <translation>Ein Favorit: Klicken, um ihn aus den Favoriten zu entfernen</translation>
    </message>
    <message>
        <source>Click to add this GPU to your favourites</source>
        <translation>Klicken, um diese GPU zu den Favoriten hinzuzufügen</translation>
    </message>
    <message>
        <source>Favourite GPU types: the new-pod dialog selects the cheapest available one</source>
        <translation>Bevorzugte GPU-Typen: Der Dialog für neue Pods wählt den günstigsten verfügbaren aus</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
</context>
<context>
    <name>autopod::gui::GuardMonitor</name>
    <message>
        <source>%1 is NOT guarded (%2): it will not stop by itself when idle or over budget.</source>
        <translation>%1 ist NICHT bewacht (%2): Er stoppt nicht von selbst, wenn er untätig ist oder das Budget überschreitet.</translation>
    </message>
    <message>
        <source>The guard is stopping %1: %2.</source>
        <translation>Der Wächter stoppt %1: %2.</translation>
    </message>
    <message>
        <source>%1 will be stopped by its guard in %2: %3 without activity.</source>
        <translation>%1 wird in %2 von seinem Wächter gestoppt: %3 ohne Aktivität.</translation>
    </message>
    <message>
        <source>%1 will be stopped by its guard in %2: %3 reached.</source>
        <translation>%1 wird in %2 von seinem Wächter gestoppt: %3 erreicht.</translation>
    </message>
    <message>
        <source>%1 is not running: there is no stop to postpone.</source>
        <translation>%1 läuft nicht: Es gibt keinen Stopp aufzuschieben.</translation>
    </message>
    <message>
        <source>Could not reach the guard on %1: %2</source>
        <translation>Der Wächter auf %1 war nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>no SSH connector</source>
        <translation>keine SSH-Verbindung verfügbar</translation>
    </message>
    <message>
        <source>%1 keeps running: no idle stop for %2. Guard: %3.</source>
        <translation>%1 läuft weiter: kein Stopp wegen Untätigkeit für %2. Wächter: %3.</translation>
    </message>
</context>
<context>
    <name>autopod::gui::GuardNoticeBanner</name>
    <message>
        <source>Keep running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Postpones the idle stop by the pod&apos;s idle period.</source>
        <translation>Schiebt den Stopp wegen Untätigkeit um die Leerlaufzeit des Pods auf.</translation>
    </message>
</context>
<context>
    <name>autopod::gui::GuardSettingsDialog</name>
    <message>
        <source>Stop when its cost reaches</source>
        <translation>Stoppen, wenn seine Kosten erreichen</translation>
    </message>
    <message>
        <source>Stop when its runtime reaches</source>
        <translation>Stoppen, wenn seine Laufzeit erreicht</translation>
    </message>
    <message>
        <source>Guard of %1</source>
        <translation>Wächter von %1</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>The guard on the pod stops it (never terminates it) when one of these holds, also while autopod is closed. A running pod&apos;s guard takes new limits at once.</source>
        <translation>Der Wächter auf dem Pod stoppt ihn (löscht ihn nie), sobald eine dieser Bedingungen zutrifft, auch wenn autopod geschlossen ist. Der Wächter eines laufenden Pods übernimmt neue Grenzen sofort.</translation>
    </message>
    <message>
        <source>Stop after this long idle:</source>
        <translation>Stoppen nach so langer Untätigkeit:</translation>
    </message>
</context>
<context>
    <name>autopod::gui::LogViewer</name>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Debug und höher</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>No log yet at %1.</source>
        <translation>Noch kein Protokoll unter %1.</translation>
    </message>
</context>
<context>
    <name>autopod::gui::MainWindow</name>
    <message>
        <source>%1 is %2: a shell needs a running pod.</source>
        <translation>Status von %1: %2. Eine Shell braucht einen laufenden Pod.</translation>
    </message>
    <message>
        <source>No pod is running: nothing is billed for GPUs.</source>
        <translation>Kein Pod läuft: Für GPUs wird nichts berechnet.</translation>
    </message>
    <message>
        <source>1 pod running, %1/hr in total.</source>
        <translation>1 Pod läuft, insgesamt %1/h.</translation>
    </message>
    <message>
        <source>%1 pods running, %2/hr in total.</source>
        <translation>%1 Pods laufen, insgesamt %2/h.</translation>
    </message>
    <message>
        <source>About autopod</source>
        <translation>Über autopod</translation>
    </message>
    <message>
        <source>&lt;b&gt;autopod %1&lt;/b&gt;&lt;p&gt;Rent a RunPod GPU for ComfyUI in one step, and never forget it running.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;b&gt;autopod %1&lt;/b&gt;&lt;p&gt;Eine RunPod-GPU für ComfyUI in einem Schritt mieten – und nie vergessen, dass sie läuft.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation>Tab schließen</translation>
    </message>
    <message>
        <source>%1 (gone)</source>
        <translation>%1 (weg)</translation>
    </message>
</context>
<context>
    <name>autopod::gui::NewPodDialog</name>
    <message>
        <source>&amp;Create pod…</source>
        <translation>Pod &amp;erstellen …</translation>
    </message>
    <message>
        <source>Secure cloud (recommended, more reliable)</source>
        <translation>Secure Cloud (empfohlen, zuverlässiger)</translation>
    </message>
    <message>
        <source>Community cloud (cheaper, variable availability)</source>
        <translation>Community Cloud (günstiger, wechselnde Verfügbarkeit)</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>Nordamerika</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>Asien-Pazifik</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>High or extreme</source>
        <translation>Hoch oder extrem</translation>
    </message>
    <message>
        <source>Extreme only</source>
        <translation>Nur extrem</translation>
    </message>
    <message>
        <source>Any speed</source>
        <translation>Beliebige Geschwindigkeit</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Best available</source>
        <translation>Bestes verfügbares</translation>
    </message>
    <message>
        <source>%1 (%2 GB, %3)</source>
        <translation>%1 (%2 GB, %3)</translation>
    </message>
    <message>
        <source>Community cloud</source>
        <translation>Community Cloud</translation>
    </message>
    <message>
        <source>Secure cloud</source>
        <translation>Secure Cloud</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>Netzwerk: %1</translation>
    </message>
    <message>
        <source>CUDA: %1</source>
        <translation>CUDA: %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>%1 or newer</source>
        <translation>%1 oder neuer</translation>
    </message>
    <message>
        <source>favourites only</source>
        <translation>nur Favoriten</translation>
    </message>
    <message>
        <source>Filtering: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>suche …</translation>
    </message>
    <message>
        <source>No GPU matches these filters right now. Try another region, a lower CUDA version or any network speed.</source>
        <translation>Zurzeit passt keine GPU zu diesen Filtern. Versuchen Sie eine andere Region, eine niedrigere CUDA-Version oder eine beliebige Netzwerkgeschwindigkeit.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select a GPU to see the estimated cost.</source>
        <translation>Wählen Sie eine GPU, um die geschätzten Kosten zu sehen.</translation>
    </message>
    <message>
        <source>Estimated cost: %1/hr (%2 × %3)</source>
        <translation>Geschätzte Kosten: %1/h (%2 × %3)</translation>
    </message>
    <message>
        <source>the best available data center</source>
        <translation>dem besten verfügbaren Rechenzentrum</translation>
    </message>
    <message>
        <source>Create pod</source>
        <translation>Pod erstellen</translation>
    </message>
    <message>
        <source>Create a pod with %1 × %2 in %3?

%4
Billing starts as soon as RunPod creates the pod. If it does not come up, autopod stops it to save costs.</source>
        <translation>Einen Pod mit %1 × %2 in %3 erstellen?

%4
Die Abrechnung beginnt, sobald RunPod den Pod erstellt. Startet er nicht, hält autopod ihn an, um Kosten zu sparen.</translation>
    </message>
    <message>
        <source>ComfyUI will also be public at https://%1-8188.proxy.runpod.net without a password: anyone who knows the pod id can use it and your GPU time.</source>
        <translation>ComfyUI ist dann auch öffentlich unter https://%1-8188.proxy.runpod.net erreichbar, ohne Passwort: jeder, der die Pod-ID kennt, kann es und Ihre GPU-Zeit benutzen.</translation>
    </message>
    <message>
        <source>&lt;pod id&gt;</source>
        <translation>&lt;Pod-ID&gt;</translation>
    </message>
    <message>
        <source>No volume disk: when the pod stops (by you, by its guard or to save costs), its files are lost.</source>
        <translation>Kein Volume-Datenträger: Wenn der Pod stoppt (durch Sie, durch seinen Wächter oder um Kosten zu sparen), gehen seine Dateien verloren.</translation>
    </message>
    <message>
        <source>No favourites yet: click a GPU&apos;s star to add one</source>
        <translation>Noch keine Favoriten: Klicken Sie auf den Stern einer GPU, um sie hinzuzufügen</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Aus den Favoriten entfernen</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Zu den Favoriten hinzufügen</translation>
    </message>
</context>
<context>
    <name>autopod::gui::PodActionPrompts</name>
    <message>
        <source>Stop %1?

This saves %2/hr. The pod&apos;s volume is kept (its storage is still billed) and you can resume it later; anything outside the volume is lost.</source>
        <translation>%1 anhalten?

Das spart %2/h. Das Volume des Pods bleibt erhalten (sein Speicher wird weiter berechnet) und Sie können ihn später fortsetzen; alles außerhalb des Volumes geht verloren.</translation>
    </message>
    <message>
        <source>Terminate %1 permanently?

It ran for %2 and cost %3 in total. Everything on its disk and volume is deleted; this cannot be undone.</source>
        <translation>%1 endgültig löschen?

Er lief %2 und hat insgesamt %3 gekostet. Alles auf seinem Datenträger und Volume wird gelöscht; das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Warning: this pod has been running for a long time or has cost a lot. Make sure your outputs are saved elsewhere.</source>
        <translation>Achtung: Dieser Pod lief lange oder hat viel gekostet. Stellen Sie sicher, dass Ihre Ergebnisse anderswo gesichert sind.</translation>
    </message>
    <message>
        <source>Stop pod</source>
        <translation>Pod anhalten</translation>
    </message>
    <message>
        <source>Terminate pod</source>
        <translation>Pod löschen</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>autopod::gui::PodDetailsPanel</name>
    <message>
        <source>No pod selected</source>
        <translation>Kein Pod ausgewählt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>%1/hr, %2 so far</source>
        <translation>%1/h, bisher %2</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 saved in %2</source>
        <translation>%1 gespeichert in %2</translation>
    </message>
    <message>
        <source>it stopped the pod: %1</source>
        <translation>er hat den Pod gestoppt: %1</translation>
    </message>
    <message>
        <source>NOT guarded: autopod set no guard up on this pod</source>
        <translation>NICHT bewacht: autopod hat auf diesem Pod keinen Wächter eingerichtet</translation>
    </message>
    <message>
        <source>NOT guarded: %1</source>
        <translation>NICHT bewacht: %1</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>%1 while stopped, %2 so far</source>
        <translation>%1 im gestoppten Zustand, bisher %2</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keiner gespeichert</translation>
    </message>
</context>
<context>
    <name>autopod::gui::PodListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>$/hr</source>
        <translation>$/h</translation>
    </message>
    <message>
        <source>Cost so far</source>
        <translation>Bisherige Kosten</translation>
    </message>
    <message>
        <source>Local URL</source>
        <translation>Lokale URL</translation>
    </message>
</context>
<context>
    <name>autopod::gui::PodsController</name>
    <message>
        <source>%1 was already gone on RunPod&apos;s side.</source>
        <translation>%1 existierte bei RunPod bereits nicht mehr.</translation>
    </message>
    <message>
        <source>%1 stopped: that saves %2/hr. Its volume is kept; resume it any time.</source>
        <translation>%1 angehalten: Das spart %2/h. Das Volume bleibt erhalten; Sie können ihn jederzeit fortsetzen.</translation>
    </message>
    <message>
        <source>Could not stop %1: %2</source>
        <translation>%1 konnte nicht angehalten werden: %2</translation>
    </message>
    <message>
        <source>%1 resumed.</source>
        <translation>%1 fortgesetzt.</translation>
    </message>
    <message>
        <source>Could not resume %1: %2</source>
        <translation>%1 konnte nicht fortgesetzt werden: %2</translation>
    </message>
    <message>
        <source>%1 terminated.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Could not terminate %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>RunPod did not answer within %1 s; the list shows the last known state.</source>
        <translation>RunPod hat nicht innerhalb von %1 s geantwortet; die Liste zeigt den letzten bekannten Stand.</translation>
    </message>
    <message>
        <source>Could not track %1: %2</source>
        <translation>%1 konnte nicht übernommen werden: %2</translation>
    </message>
</context>
<context>
    <name>autopod::gui::QuitFlow</name>
    <message>
        <source>A pod could not be stopped, so autopod stays open: %1</source>
        <translation>Ein Pod konnte nicht angehalten werden, daher bleibt autopod geöffnet: %1</translation>
    </message>
    <message>
        <source>1 pod still running, costing %1/hr.</source>
        <translation>1 Pod läuft noch und kostet %1/h.</translation>
    </message>
    <message>
        <source>%1 pods still running, costing %2/hr.</source>
        <translation>%1 Pods laufen noch und kosten %2/h.</translation>
    </message>
    <message>
        <source>Stop them before quitting? Stopped pods keep their volume and can be resumed later.</source>
        <translation>Vor dem Beenden anhalten? Angehaltene Pods behalten ihr Volume und können später fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Quit autopod</source>
        <translation>autopod beenden</translation>
    </message>
    <message>
        <source>Stop them and quit</source>
        <translation>Anhalten und beenden</translation>
    </message>
    <message>
        <source>Keep them running and quit</source>
        <translation>Weiterlaufen lassen und beenden</translation>
    </message>
    <message>
        <source>1 pod being created or resumed right now: RunPod may bill for it already.</source>
        <translation>1 Pod wird gerade erstellt oder fortgesetzt: RunPod berechnet ihn möglicherweise schon.</translation>
    </message>
    <message>
        <source>%1 pods being created or resumed right now: RunPod may bill for them already.</source>
        <translation>%1 Pods werden gerade erstellt oder fortgesetzt: RunPod berechnet sie möglicherweise schon.</translation>
    </message>
</context>
<context>
    <name>autopod::gui::SetupWizard</name>
    <message>
        <source>autopod setup</source>
        <translation>autopod-Einrichtung</translation>
    </message>
</context>
<context>
    <name>autopod::gui::ShellTab</name>
    <message>
        <source>Starting the terminal…</source>
        <translation>Terminal wird gestartet …</translation>
    </message>
    <message>
        <source>Open in system terminal</source>
        <translation>Im Systemterminal öffnen</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>No session to show.</source>
        <translation>Keine Sitzung zum Anzeigen.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <source>The shell exited with status %1.</source>
        <translation>Die Shell wurde mit Status %1 beendet.</translation>
    </message>
    <message>
        <source>The shell ended.</source>
        <translation>Die Shell wurde beendet.</translation>
    </message>
</context>
<context>
    <name>autopod::gui::SshKeyPage</name>
    <message>
        <source>Generating a new key…</source>
        <translation>Neuer Schlüssel wird erzeugt …</translation>
    </message>
    <message>
        <source>Adding the key…</source>
        <translation>Schlüssel wird hinzugefügt …</translation>
    </message>
    <message>
        <source>Looking for your SSH keys…</source>
        <translation>Suche nach Ihren SSH-Schlüsseln …</translation>
    </message>
    <message>
        <source>✗ No SSH key found in your ssh-agent or ~/.ssh. Generate a new key, or choose a key file.</source>
        <translation>✗ Kein SSH-Schlüssel in Ihrem ssh-agent oder in ~/.ssh gefunden. Erzeugen Sie einen neuen Schlüssel oder wählen Sie eine Schlüsseldatei.</translation>
    </message>
    <message numerus="yes">
        <source>✓ Found %n SSH key(s). autopod uses the one chosen below.</source>
        <translation>
            <numerusform>✓ %n SSH-Schlüssel gefunden. autopod verwendet den unten gewählten.</numerusform>
            <numerusform>✓ %n SSH-Schlüssel gefunden. autopod verwendet den unten gewählten.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Created %1</source>
        <translation>✓ %1 erstellt</translation>
    </message>
    <message>
        <source>✗ No key was generated: %1</source>
        <translation>✗ Es wurde kein Schlüssel erzeugt: %1</translation>
    </message>
    <message>
        <source>Choose your private SSH key</source>
        <translation>Wählen Sie Ihren privaten SSH-Schlüssel</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Prüfe %1 …</translation>
    </message>
</context>
<context>
    <name>autopod::gui::SystemTerminal</name>
    <message>
        <source>No terminal emulator was found. Set $TERMINAL, or run &quot;autopod pod shell %1&quot; in a terminal.</source>
        <translation>Es wurde kein Terminalemulator gefunden. Setzen Sie $TERMINAL oder führen Sie „autopod pod shell %1“ in einem Terminal aus.</translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation>%1 konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>autopod::gui::TemplatePage</name>
    <message>
        <source>The official RunPod ComfyUI image is %1. Any image that serves ComfyUI on port 8188 and runs sshd works.</source>
        <translation>Das offizielle RunPod-ComfyUI-Image ist %1. Jedes Image, das ComfyUI auf Port 8188 anbietet und sshd ausführt, funktioniert.</translation>
    </message>
    <message>
        <source>the key in your ssh-agent</source>
        <translation>den Schlüssel in Ihrem ssh-agent</translation>
    </message>
    <message>
        <source>Finish saves: the API key (in your keychain), SSH key %1, region %2, %3 cloud, and this template — the same settings `autopod config init` writes.</source>
        <translation>Fertigstellen speichert: den API-Schlüssel (in Ihrem Schlüsselbund), SSH-Schlüssel %1, Region %2, %3 Cloud und diese Vorlage – dieselben Einstellungen, die `autopod config init` schreibt.</translation>
    </message>
</context>
<context>
    <name>autopod::gui::TrayController</name>
    <message>
        <source>No pod running</source>
        <translation>Kein Pod läuft</translation>
    </message>
    <message>
        <source>1 pod running: %1/hr</source>
        <translation>1 Pod läuft: %1/h</translation>
    </message>
    <message>
        <source>%1 pods running: %2/hr</source>
        <translation>%1 Pods laufen: %2/h</translation>
    </message>
    <message>
        <source>This session: %1</source>
        <translation>Diese Sitzung: %1</translation>
    </message>
    <message>
        <source>autopod</source>
        <translation>autopod</translation>
    </message>
    <message>
        <source>Open ComfyUI</source>
        <translation>ComfyUI öffnen</translation>
    </message>
    <message>
        <source>Shell</source>
        <translation>Shell</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Show autopod</source>
        <translation>autopod anzeigen</translation>
    </message>
    <message>
        <source>New pod…</source>
        <translation>Neuer Pod …</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Pod ready</source>
        <translation>Pod bereit</translation>
    </message>
    <message>
        <source>%1 is running.</source>
        <translation>%1 läuft.</translation>
    </message>
    <message>
        <source>%1 is running. ComfyUI: %2</source>
        <translation>%1 läuft. ComfyUI: %2</translation>
    </message>
    <message>
        <source>Pod stopped to save costs</source>
        <translation>Pod angehalten, um Kosten zu sparen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pod terminated to save costs</source>
        <translation>Pod gelöscht, um Kosten zu sparen</translation>
    </message>
    <message>
        <source>Pod may still be billing</source>
        <translation>Pod wird möglicherweise noch abgerechnet</translation>
    </message>
    <message>
        <source>%1, %2 so far</source>
        <translation>%1, bisher %2</translation>
    </message>
    <message>
        <source>autopod keeps running</source>
        <translation>autopod läuft weiter</translation>
    </message>
    <message>
        <source>The window is closed, and 1 pod keeps billing (%1/hr). autopod stays in the tray; quit it from the tray menu.</source>
        <translation>Das Fenster ist geschlossen, und 1 Pod verursacht weiter Kosten (%1/h). autopod bleibt im Infobereich; beenden Sie es über das Menü im Infobereich.</translation>
    </message>
    <message>
        <source>The window is closed, and %1 pods keep billing (%2/hr). autopod stays in the tray; quit it from the tray menu.</source>
        <translation>Das Fenster ist geschlossen, und %1 Pods verursachen weiter Kosten (%2/h). autopod bleibt im Infobereich; beenden Sie es über das Menü im Infobereich.</translation>
    </message>
    <message>
        <source>Pods not tracked by autopod</source>
        <translation>Pods, die autopod nicht verfolgt</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) on your RunPod account may be billing without autopod tracking them: %1. Track or terminate them from the main window.</source>
        <translation>
            <numerusform>%n Pod in Ihrem RunPod-Konto verursacht möglicherweise Kosten, ohne dass autopod ihn verfolgt: %1. Übernehmen oder löschen Sie ihn im Hauptfenster.</numerusform>
            <numerusform>%n Pods in Ihrem RunPod-Konto verursachen möglicherweise Kosten, ohne dass autopod sie verfolgt: %1. Übernehmen oder löschen Sie sie im Hauptfenster.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped pod(s): %1 storage</source>
        <translation>
            <numerusform>%n gestoppter Pod: %1 Speicher</numerusform>
            <numerusform>%n gestoppte Pods: %1 Speicher</numerusform>
        </translation>
    </message>
    <message>
        <source>Pod stops soon</source>
        <translation>Pod stoppt bald</translation>
    </message>
    <message>
        <source>Pod stopped by its guard</source>
        <translation>Pod von seinem Wächter gestoppt</translation>
    </message>
    <message>
        <source>Pod not guarded</source>
        <translation>Pod nicht bewacht</translation>
    </message>
</context>
<context>
    <name>autopod::gui::UntrackedPodsBanner</name>
    <message>
        <source>Track them</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Terminate them…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>autopod tracks them from now on: their cost is shown and they can be stopped here.</source>
        <translation>autopod verfolgt sie ab jetzt: Ihre Kosten werden angezeigt, und sie können hier angehalten werden.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) on your RunPod account are not tracked by autopod: %1</source>
        <translation>
            <numerusform>%n Pod in Ihrem RunPod-Konto wird nicht von autopod verfolgt: %1</numerusform>
            <numerusform>%n Pods in Ihrem RunPod-Konto werden nicht von autopod verfolgt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Terminate untracked pods?</source>
        <translation>Nicht verfolgte Pods löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Terminate %n pod(s)? Their disks and volumes are deleted permanently; anything not saved elsewhere is lost.</source>
        <translation>
            <numerusform>%n Pod löschen? Datenträger und Volume werden endgültig gelöscht; alles, was nicht anderswo gesichert ist, geht verloren.</numerusform>
            <numerusform>%n Pods löschen? Ihre Datenträger und Volumes werden endgültig gelöscht; alles, was nicht anderswo gesichert ist, geht verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>autopod::services::Services</name>
    <message>
        <source>pods.json was unreadable (%1); it was kept as %2.</source>
        <translation>pods.json war nicht lesbar (%1); sie wurde als %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>RunPod has retired its GraphQL API; autopod now uses RunPod&apos;s REST API (runpod.transport is set to rest).</source>
        <translation>RunPod hat seine GraphQL-API eingestellt; autopod verwendet jetzt die REST-API von RunPod (runpod.transport ist auf rest gesetzt).</translation>
    </message>
</context>
<context>
    <name>autopod::setup::SetupController</name>
    <message>
        <source>Enter your RunPod API key.</source>
        <translation>Geben Sie Ihren RunPod-API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>autopod cannot reach RunPod (no client configured).</source>
        <translation>autopod kann RunPod nicht erreichen (kein Client eingerichtet).</translation>
    </message>
    <message>
        <source>Key accepted: %1, balance $%2.</source>
        <translation>Schlüssel akzeptiert: %1, Guthaben $%2.</translation>
    </message>
    <message>
        <source>Check your API key first.</source>
        <translation>Prüfen Sie zuerst Ihren API-Schlüssel.</translation>
    </message>
    <message>
        <source>Choose or generate a key first.</source>
        <translation>Wählen oder erzeugen Sie zuerst einen Schlüssel.</translation>
    </message>
    <message>
        <source>There is no API key to save.</source>
        <translation>Es gibt keinen API-Schlüssel zum Speichern.</translation>
    </message>
    <message>
        <source>The API key could not be stored: %1</source>
        <translation>Der API-Schlüssel konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>No keychain is available on this system: the API key is kept in %1, readable only by you.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar: Der API-Schlüssel wird in %1 aufbewahrt, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>To add the key to RunPod yourself:</source>
        <translation>So fügen Sie den Schlüssel selbst bei RunPod hinzu:</translation>
    </message>
    <message>
        <source>   It is also in %1</source>
        <translation>   Er liegt auch in %1</translation>
    </message>
    <message>
        <source>2. Open https://www.runpod.io/console/user/settings</source>
        <translation>2. Öffnen Sie https://www.runpod.io/console/user/settings</translation>
    </message>
    <message>
        <source>3. Under &quot;SSH Public Keys&quot;, paste it on a new line below the keys already there, and save.</source>
        <translation>3. Fügen Sie ihn unter „SSH Public Keys“ in einer neuen Zeile unter den vorhandenen Schlüsseln ein und speichern Sie.</translation>
    </message>
    <message>
        <source>4. Pods created from now on accept the key.</source>
        <translation>4. Ab jetzt erstellte Pods akzeptieren den Schlüssel.</translation>
    </message>
    <message>
        <source>Public key added to your RunPod account. New pods accept it.</source>
        <translation>Öffentlicher Schlüssel zu Ihrem RunPod-Konto hinzugefügt. Neue Pods akzeptieren ihn.</translation>
    </message>
    <message>
        <source>This API key may not change your account (it is read-only). Add the key by hand as described below — and note that creating pods needs a key with read and write access.</source>
        <translation>Dieser API-Schlüssel darf Ihr Konto nicht ändern (er ist schreibgeschützt). Fügen Sie den Schlüssel wie unten beschrieben von Hand hinzu – und beachten Sie, dass zum Erstellen von Pods ein Schlüssel mit Lese- und Schreibzugriff nötig ist.</translation>
    </message>
    <message>
        <source>%1 Add the key by hand as described below.</source>
        <translation>%1 Fügen Sie den Schlüssel wie unten beschrieben von Hand hinzu.</translation>
    </message>
    <message>
        <source>1. Copy your public key:</source>
        <translation>1. Kopieren Sie Ihren öffentlichen Schlüssel:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>autopod desktop: rent a RunPod GPU for ComfyUI in one step.</source>
        <translation>autopod desktop: eine RunPod-GPU für ComfyUI in einem Schritt mieten.</translation>
    </message>
</context>
</TS>
