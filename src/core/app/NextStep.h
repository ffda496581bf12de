// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

namespace autopod {

// What the user can do next about a message from core, named as an action. Core's texts describe
// the action in words ("set a valid API key", "stop the pod") and carry the step with them (in an
// ApiError, SshError, SecretResult or FailureReport); each front end says how it is done there:
// the CLI names its command (cli/NextStepText), the desktop its menu item or button
// (gui/NextStepText). Core never names a front end's command.
enum class NextStep
{
    None,
    SetApiKey,        // store a valid RunPod API key (one with read and write access)
    RunSetup,         // run the first-run setup again (API key, SSH key, defaults)
    ChangeGpuFilters, // widen the GPU filters (region, network speed, CUDA, favourite GPUs, cloud type)
    CheckPods,        // look at the pods RunPod has (the pod list), for one that may have been created
    StopPod           // stop the pod the message names (its name travels with the step)
};

} // namespace autopod
