<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiKeyPage</name>
    <message>
        <source>RunPod API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autopod rents GPUs on your RunPod account. It keeps the key in your system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a key with read and write access under &lt;a href=&quot;https://www.runpod.io/console/user/settings&quot;&gt;RunPod → Settings → API Keys&lt;/a&gt;, then paste it here. It is checked at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rpa_… (or rp_… from a test server)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyUiProbe</name>
    <message>
        <source>no complete answer to GET /system_stats within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>Cannot create %1: parent directory cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists but is not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set permissions 0700 on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set permissions 0600 on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3: invalid JSON: %4 (the file was not changed; fix it or move it away)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:1:1: the top level must be a JSON object {...} (the file was not changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was readable by other users; its permissions are now 0600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; using the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;. Known settings: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This configuration has no file to be saved to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma-separated list of %1 (or none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma-separated list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CUDA version like 12.8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not allowed; expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not allowed; expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a section {...} of settings; its settings use their defaults, and setting one replaces it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectFlow</name>
    <message>
        <source>Requesting pod...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for pod to start...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod running, waiting for SSH...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH ready, establishing tunnel...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating pod %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting pod %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pod was created; nothing is billing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RunPod answered the create with an error (%1); checking whether the pod was created anyway...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for pod %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check whether RunPod created pod %1 (%2). Check your pods: one may be running and billing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found pod %1 (%2) that RunPod created despite the error; continuing with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 stays stopped (no GPU billing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 no longer exists on RunPod; nothing is billing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking pod %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 disappeared from RunPod while starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pod no longer exists on RunPod; nothing is billing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RunPod kept failing while the pod started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 stopped while starting (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pod is stopped; GPU billing has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 was terminated while starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pod no longer exists; nothing is billing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 did not start within %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH on pod %1 never became reachable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH connection to pod %1 kept failing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the tunnel to pod %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComfyUI on pod %1 did not answer through the tunnel within %2 minutes (last: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tunnel to pod %1 kept failing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped waiting for RunPod to stop pod %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 was left running as you asked: it keeps billing until you stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminating pod %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not terminate pod %1 (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping pod %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped pod %1 to save costs: GPU billing has ended, its volume is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not stop pod %1 (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1: RunPod is allocating a machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1: the container is starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 failed while starting: RunPod reports an error in its container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its last log lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 was left running as it was: autopod did not stop it, and nothing on it was changed. It keeps billing. Try connecting again once the problem is solved, or stop the pod when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated pod %1: its billing has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated pod %1 to save costs (it never became ready and held no volume data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find out whether pod %1 started (%2): it may be running and billing. Check the pod list once RunPod answers again, and stop the pod if it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RunPod did not answer the start of pod %1 (%2), but the pod is running; continuing with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its guard had stopped pod %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guard on pod %1: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 is NOT guarded (%2): it will not stop by itself when idle or over budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 is already starting or running; continuing with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may still be billing. autopod keeps tracking it: stop pod %1 once RunPod is reachable again, or in the RunPod console (https://www.runpod.io/console/pods).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped looking for pod %1: RunPod may have created it. Check the pod list or the RunPod console (https://www.runpod.io/console/pods).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreationProgress</name>
    <message>
        <source>Creating pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost so far:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open ComfyUI when connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefaultsPage</name>
    <message>
        <source>Where your pods run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults for new pods. You can change them for each pod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced — RunPod &amp;API:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guard</name>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop after %1 idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping the pod: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not running: the pod is unguarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running, no stop planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stops in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command on the pod did not finish in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the watchdog did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a limit of the guard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (likely)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogViewer</name>
    <message>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>autopod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search pods by name, GPU, data center or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New pod…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent a GPU and start ComfyUI on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Setup wizard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;ComfyUI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the pod and open ComfyUI in a tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a terminal on the pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop paying for the GPU; the volume is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a stopped pod again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy the pod and everything on its disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About autopod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guard settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the pod stops by itself: idle time, budget, maximum runtime</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPodDialog</name>
    <message>
        <source>New pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;UDA at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only my &amp;favourite GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU c&amp;ount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network &amp;volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data center:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;publish ComfyUI on RunPod&apos;s public proxy (anyone who knows the pod id can use it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: ComfyUI is reached only through autopod&apos;s SSH tunnel. On: it is also at https://&lt;pod id&gt;-8188.proxy.runpod.net, without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume d&amp;isk (GB):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounted at /workspace: it keeps the pod&apos;s files when the pod stops, and is billed for storage while the pod is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message>
        <source>Open File → Setup wizard and enter an API key with read and write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open File → Setup wizard and go through the setup again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widen the filters in the new-pod dialog (File → New pod), then search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the pod list (Pod → Refresh): it shows every pod on your RunPod account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the pod in the pod list and choose Pod → Stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select %1 in the pod list and choose Pod → Stop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PodActions</name>
    <message>
        <source>Pod %1 no longer exists on RunPod: nothing to stop, nothing bills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 is already stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 stopped: saving $%2/hr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not stop pod %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 was already gone on RunPod; removed from tracking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 terminated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not terminate pod %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PodDetailsPanel</name>
    <message>
        <source>No pod selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComfyUI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect manually with OpenSSH:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available while the pod is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guard state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PodStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pod record needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 is already used by pod %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pod %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PodSync</name>
    <message>
        <source>pods.json already tracks another pod named %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>%1/hr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPodErrors</name>
    <message>
        <source> (RunPod said: &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your RunPod balance is too low for this pod: RunPod needs credit for at least one hour of its cost. Add credit at https://www.runpod.io/console/user/billing and try again.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPU is available with your filters. Widen them (region, network speed, CUDA version, favourite GPUs, cloud type) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RunPod has no machine free for this GPU with these settings right now. Pick another GPU type, data center or cloud type, or try again in a few minutes.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RunPod no longer knows this pod: it has been terminated (by autopod, in the RunPod console, or by RunPod).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RunPod is limiting the rate of requests from this API key. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RunPod did not answer in time. Check your internet connection and try again (RunPod&apos;s status: https://uptime.runpod.io).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach RunPod. Check your internet connection, and runpod.api_url or AUTOPOD_API_URL if you set them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach RunPod (%1). Check your internet connection, and runpod.api_url or AUTOPOD_API_URL if you set them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RunPod had an internal error and did not recover. Try again in a few minutes (RunPod&apos;s status: https://uptime.runpod.io).%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RunPod rejected the request autopod sent. This is a bug in autopod; please report it with this message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RunPod answered something autopod does not understand. Try again; if it persists, report it with ~/.autopod/logs/autopod.log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RunPod answered something autopod does not understand (%1). Try again; if it persists, report it with ~/.autopod/logs/autopod.log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to RunPod was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RunPod no longer knows pod %1: it has been terminated (by autopod, in the RunPod console, or by RunPod).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an SSH public key (expected one line like &quot;ssh-ed25519 AAAA… comment&quot;, from the .pub file). Nothing was sent to RunPod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RunPod did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach RunPod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach RunPod (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RunPod is rate-limiting requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RunPod answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RunPod had an internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPUs on this pod&apos;s host machine are now rented by someone else, so RunPod cannot resume the pod right now. Its volume is kept while it is stopped; try again later, or create a new pod (data outside /workspace or a network volume is not kept).%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pod would take your RunPod spending above your account&apos;s spend limit. Stop other pods or raise the limit at https://www.runpod.io/console/user/billing.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RunPod refused %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPU is available with your filters (%1). Widen them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RunPod endpoint %1 is plain http to another machine: autopod sends the API key only over https (or over http to this machine, for testing). Use an https:// address in runpod.api_url or AUTOPOD_API_URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RunPod no longer serves its GraphQL API. Set the RunPod transport (runpod.transport) to auto or rest, and autopod uses RunPod&apos;s REST API.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RunPod rejected the API key. Check it at https://www.runpod.io/console/user/settings and set a valid one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RunPod refused the request: this API key is read-only or restricted. Create a key with read/write (&quot;All&quot;) permission at https://www.runpod.io/console/user/settings and set it as the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No RunPod API key is configured. Create one at https://www.runpod.io/console/user/settings and set it as the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RunPod refused to answer %1 for this API key. Make sure the key has read permission at https://www.runpod.io/console/user/settings and set it as the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPU is available with your filters (%1). Widen them (region, network speed, CUDA version, favourite GPUs, cloud type) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 A pod named %2 may have been created anyway: check the pod list or https://www.runpod.io/console/pods.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>config file (no keychain available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS keychain (Secret Service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the API key in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain did not answer within %1 s: it may be locked and waiting for you to unlock it (look for a password prompt), or its service is stuck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the API key from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Unlock it and try again; on a machine without a usable keychain, put the key in %2 as runpod.api_key instead (the file is readable only by you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the API key in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The API key was not stored. Unlock the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the API key from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The API key may still be in the keychain; unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No RunPod API key is stored. Run the setup to enter one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshConnect</name>
    <message>
        <source>The pod&apos;s host key was not accepted, so autopod did not connect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshConnection</name>
    <message>
        <source>Connection to %1 refused: SSH is not running on the pod (yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not present a host key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase for %1 is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the SSH key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase and is not in your ssh-agent. Enter the passphrase or run: ssh-add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH authentication to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pod at %1 did not accept your SSH key %2. The pod gets its authorised keys from PUBLIC_KEY when it is created; make sure it was created with this key, or add the public key to your RunPod account (Settings → SSH Public Keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from ssh-agent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libssh could not create a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pod at %1 refused the login: autopod has no SSH key configured, and the ssh-agent offered none the pod accepts. Run the setup again to choose or generate a key, then create a new pod: a pod accepts only the keys it was created with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshHostKeys</name>
    <message>
        <source>The host key of %1 matches the one autopod trusted before (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autopod has not connected to %1 before. Its host key fingerprint is
  %2 (%3)
RunPod shows the pod&apos;s host key in the pod&apos;s logs; trust it only if it matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED. autopod refused to connect.
  trusted before: %2 (%3)
  presented now:  %4 (%5)
This is expected when a pod was re-created or restarted and RunPod gave its address to a new container; it can also mean someone is intercepting the connection. If you have just (re)started this pod, remove the old key from %6 (the line for %7) and connect again to trust the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autopod&apos;s known_hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: host key checking is OFF for %1:%2 (insecure option). The connection could be intercepted without autopod noticing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host key to trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 presents a new host key at %2. It was just started again, and RunPod gives a restarted pod new host keys, so this is expected.
  trusted before: %3 (%4)
  presented now:  %5 (%6)
RunPod shows the pod&apos;s host key in the pod&apos;s logs; trust it only if it matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshKeyPage</name>
    <message>
        <source>SSH key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autopod reaches your pods over SSH: for the ComfyUI tunnel and for the shell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your RunPod account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RunPod puts the public keys of your account on every pod. autopod can add this key to the list for you (the keys already there stay), or you can add it yourself as described below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the public key to my RunPod account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the public key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshKeys</name>
    <message>
        <source>No SSH key at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an SSH private key autopod can read (OpenSSH or PEM format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase. Add it to your ssh-agent (ssh-add %1) or enter the passphrase when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase for %1 is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be accessed by other users on this computer (permissions %2). SSH refuses private keys like that. Fix: chmod 600 %1 (autopod can do it for you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the permissions of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; autopod does not overwrite keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libssh could not generate an ed25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libssh could not export the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-agent key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-agent key %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshShell</name>
    <message>
        <source>The pod refused the terminal session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the pod was lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshTunnel</name>
    <message>
        <source>nothing answers on the pod&apos;s port %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pod&apos;s port %1 answered &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SSH connection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComfyUI did not answer GET %1 on the pod within %2 s (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pod at %1 has refused SSH connections for %2 s: it was stopped or terminated, or its SSH server is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the pod at %1 for %2 s: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH connection dropped (%1); reconnecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tunnel stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tunnel is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is used by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 was held by a stale autopod tunnel (pid %2, pod %3); autopod stopped it and took the port back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is held by an autopod tunnel that could not be stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is used by autopod&apos;s tunnel to pod %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; using port %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and no free port was found in %2–%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an autopod tunnel for pod %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is used by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is used by %2, which autopod leaves running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pod&apos;s port %1 answered with more than %2 KiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusChange</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running since %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped since %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminated since %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminated since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoppedPod</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 storage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <source>ComfyUI template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container image new pods start from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autopod::gui::ApiKeyPage</name>
    <message>
        <source>Checking the key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autopod::gui::ComfyUiView</name>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComfyUI appears here once the pod is running and its tunnel is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the pod…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the pod dropped. Reconnecting; the page comes back by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tunnel to the pod failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autopod::gui::CreationProgress</name>
    <message>
        <source>Cancel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RunPod created %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — trying again in %2 s (attempt %3 of %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting pod...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for pod to start...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod running, waiting for SSH...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH ready, establishing tunnel...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (at %2/hr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open ComfyUI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel pod creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should happen to %1?

Stopping keeps its volume (storage is still billed); terminating deletes it and ends all billing; keeping it running costs %2/hr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate the pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the pod will be stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the pod will be terminated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the pod keeps running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected! ComfyUI is at http://127.0.0.1:%1 (%2 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming a pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the pod in the list (or on runpod.io) and stop or terminate it yourself: it may still bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add credit to your RunPod account, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another GPU, region or cloud in the new-pod dialog, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your internet connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the SSH key in File → Setup wizard (the pod must be created with the key autopod uses), then create a new pod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again, perhaps with another GPU or data center; the log (View → Log) has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else to do: you cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; the log (View → Log) has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Connected&lt;/b&gt; — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComfyUI on %1 is ready at http://127.0.0.1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Resuming %1 failed&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Creating %1 failed&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What autopod did: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost so far: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autopod::gui::DefaultsPage</name>
    <message>
        <source>North America</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure Cloud (recommended, more reliable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community Cloud (cheaper, variable availability)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested for your locale: %1. Pods can run in any region; a nearby one keeps ComfyUI responsive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: GraphQL, then REST v2 once RunPod retires GraphQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GraphQL only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST v2 only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autopod::gui::DesktopApp</name>
    <message>
        <source>Pods still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod action failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh from RunPod: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pod is stopping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComfyUI — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open a shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no SSH endpoint yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — trying again in %3 s (attempt %4 of %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was terminated: this tab no longer reaches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SSH key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autopod has no SSH key to reach a new pod with: a pod accepts only the keys it is created with, so no pod is created without one. Choose an existing key or generate a new one on the setup wizard&apos;s SSH key page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up an SSH key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was stopped by its guard: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guard settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autopod does not track this pod: it has no guard settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the guard&apos;s settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guard of %1: %2. It takes these limits when the pod runs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guard of %1: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but the guard on %1 did not take them: %2. The pod is NOT guarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The favourite GPUs could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some outputs of %1 may not be on your disk: ComfyUI could not be reached to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not copied to your disk from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the last outputs before autopod quits…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autopod::gui::DesktopRuntime</name>
    <message>
        <source>%1

Fix the file, or move it away and run the setup again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging is off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: the API key is read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this pod&apos;s host key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no public SSH port yet: wait until it is running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autopod::gui::DesktopSession</name>
    <message>
        <source>autopod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autopod needs a RunPod API key: open File → Setup wizard when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autopod::gui::DownloadPrompt</name>
    <message>
        <source>No temporary folder to download into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComfyUI wants to save “%1” to the folder %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file of that name is already there; this one is saved as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save download?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autopod::gui::GpuOfferModel</name>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extreme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost/hr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A favourite: click to remove it from your favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to add this GPU to your favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite GPU types: the new-pod dialog selects the cheapest available one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autopod::gui::GuardMonitor</name>
    <message>
        <source>%1 is NOT guarded (%2): it will not stop by itself when idle or over budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guard is stopping %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be stopped by its guard in %2: %3 without activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be stopped by its guard in %2: %3 reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not running: there is no stop to postpone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the guard on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SSH connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps running: no idle stop for %2. Guard: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autopod::gui::GuardNoticeBanner</name>
    <message>
        <source>Keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpones the idle stop by the pod&apos;s idle period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autopod::gui::GuardSettingsDialog</name>
    <message>
        <source>Stop when its cost reaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when its runtime reaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guard of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guard on the pod stops it (never terminates it) when one of these holds, also while autopod is closed. A running pod&apos;s guard takes new limits at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after this long idle:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autopod::gui::LogViewer</name>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log yet at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autopod::gui::MainWindow</name>
    <message>
        <source>%1 is %2: a shell needs a running pod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pod is running: nothing is billed for GPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 pod running, %1/hr in total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pods running, %2/hr in total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About autopod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;autopod %1&lt;/b&gt;&lt;p&gt;Rent a RunPod GPU for ComfyUI in one step, and never forget it running.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (gone)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autopod::gui::NewPodDialog</name>
    <message>
        <source>&amp;Create pod…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure cloud (recommended, more reliable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community cloud (cheaper, variable availability)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North America</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High or extreme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extreme only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 GB, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>favourites only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtering: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPU matches these filters right now. Try another region, a lower CUDA version or any network speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a GPU to see the estimated cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated cost: %1/hr (%2 × %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the best available data center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a pod with %1 × %2 in %3?

%4
Billing starts as soon as RunPod creates the pod. If it does not come up, autopod stops it to save costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComfyUI will also be public at https://%1-8188.proxy.runpod.net without a password: anyone who knows the pod id can use it and your GPU time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;pod id&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No volume disk: when the pod stops (by you, by its guard or to save costs), its files are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No favourites yet: click a GPU&apos;s star to add one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autopod::gui::PodActionPrompts</name>
    <message>
        <source>Stop %1?

This saves %2/hr. The pod&apos;s volume is kept (its storage is still billed) and you can resume it later; anything outside the volume is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate %1 permanently?

It ran for %2 and cost %3 in total. Everything on its disk and volume is deleted; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this pod has been running for a long time or has cost a lot. Make sure your outputs are saved elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autopod::gui::PodDetailsPanel</name>
    <message>
        <source>No pod selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/hr, %2 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it stopped the pod: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT guarded: autopod set no guard up on this pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT guarded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 while stopped, %2 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autopod::gui::PodListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$/hr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autopod::gui::PodsController</name>
    <message>
        <source>%1 was already gone on RunPod&apos;s side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped: that saves %2/hr. Its volume is kept; resume it any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not stop %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resume %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 terminated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not terminate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RunPod did not answer within %1 s; the list shows the last known state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not track %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autopod::gui::QuitFlow</name>
    <message>
        <source>A pod could not be stopped, so autopod stays open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 pod still running, costing %1/hr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pods still running, costing %2/hr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop them before quitting? Stopped pods keep their volume and can be resumed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit autopod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop them and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them running and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 pod being created or resumed right now: RunPod may bill for it already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pods being created or resumed right now: RunPod may bill for them already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autopod::gui::SetupWizard</name>
    <message>
        <source>autopod setup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autopod::gui::ShellTab</name>
    <message>
        <source>Starting the terminal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in system terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shell exited with status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shell ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autopod::gui::SshKeyPage</name>
    <message>
        <source>Generating a new key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for your SSH keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ No SSH key found in your ssh-agent or ~/.ssh. Generate a new key, or choose a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✓ Found %n SSH key(s). autopod uses the one chosen below.</source>
        <translation>
            <numerusform>✓ Found %n SSH key. autopod uses the one chosen below.</numerusform>
            <numerusform>✓ Found %n SSH keys. autopod uses the one chosen below.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ No key was generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your private SSH key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autopod::gui::SystemTerminal</name>
    <message>
        <source>No terminal emulator was found. Set $TERMINAL, or run &quot;autopod pod shell %1&quot; in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autopod::gui::TemplatePage</name>
    <message>
        <source>The official RunPod ComfyUI image is %1. Any image that serves ComfyUI on port 8188 and runs sshd works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key in your ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish saves: the API key (in your keychain), SSH key %1, region %2, %3 cloud, and this template — the same settings `autopod config init` writes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autopod::gui::TrayController</name>
    <message>
        <source>No pod running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 pod running: %1/hr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pods running: %2/hr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autopod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open ComfyUI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show autopod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pod…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is running. ComfyUI: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod stopped to save costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod terminated to save costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod may still be billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autopod keeps running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window is closed, and 1 pod keeps billing (%1/hr). autopod stays in the tray; quit it from the tray menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window is closed, and %1 pods keep billing (%2/hr). autopod stays in the tray; quit it from the tray menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods not tracked by autopod</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) on your RunPod account may be billing without autopod tracking them: %1. Track or terminate them from the main window.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped pod(s): %1 storage</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pod stops soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod stopped by its guard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod not guarded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autopod::gui::UntrackedPodsBanner</name>
    <message>
        <source>Track them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autopod tracks them from now on: their cost is shown and they can be stopped here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) on your RunPod account are not tracked by autopod: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Terminate untracked pods?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Terminate %n pod(s)? Their disks and volumes are deleted permanently; anything not saved elsewhere is lost.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autopod::services::Services</name>
    <message>
        <source>pods.json was unreadable (%1); it was kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RunPod has retired its GraphQL API; autopod now uses RunPod&apos;s REST API (runpod.transport is set to rest).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autopod::setup::SetupController</name>
    <message>
        <source>Enter your RunPod API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autopod cannot reach RunPod (no client configured).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key accepted: %1, balance $%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your API key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or generate a key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API key may not change your account (it is read-only). Add the key by hand as described below — and note that creating pods needs a key with read and write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Add the key by hand as described below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no API key to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this system: the API key is kept in %1, readable only by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To add the key to RunPod yourself:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Copy your public key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   It is also in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Open https://www.runpod.io/console/user/settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Under &quot;SSH Public Keys&quot;, paste it on a new line below the keys already there, and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Pods created from now on accept the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key added to your RunPod account. New pods accept it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>autopod desktop: rent a RunPod GPU for ComfyUI in one step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
