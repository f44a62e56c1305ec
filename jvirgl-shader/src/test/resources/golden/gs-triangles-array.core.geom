#version 450 core
layout(triangles) in;
layout(triangle_strip, max_vertices = 3) out;
layout(location = 0) in vec4 vso_g0[];
layout(location = 0) out vec4 gso_g0;
uniform float winsys_adjust_y;
uvec4 temps[5];
ivec4 addrs[1];
uvec4 inputs[2];
uvec4 outputs[2];
uvec4 sysvals[1];
const uvec4 imms[1] = uvec4[1](uvec4(0u, 1u, 3u, 0u));

void store_outputs() {
   gl_Position = uintBitsToFloat(outputs[0]);
   gso_g0 = uintBitsToFloat(outputs[1]);
   gl_Position.y = gl_Position.y * winsys_adjust_y;
}

void main() {
   for (int i = 0; i < 2; i++) outputs[i] = uvec4(0u);
   sysvals[0] = uvec4(uint(gl_PrimitiveIDIn), 0u, 0u, 0u);
   temps[0].xyzw = floatBitsToUint(vso_g0[0].xyzw);
   temps[1].xyzw = floatBitsToUint(vso_g0[1].xyzw);
   temps[2].xyzw = floatBitsToUint(vso_g0[2].xyzw);
   temps[4].x = imms[0].x;
   while (true) {
      temps[3].x = (uint((temps[4].x >= imms[0].z)) * 0xFFFFFFFFu);
      if (temps[3].x != 0u) {
         break;
      }
      addrs[0].x = int(temps[4].x);
      outputs[0].xyzw = floatBitsToUint(gl_in[clamp(addrs[0].x, 0, 2)].gl_Position.xyzw);
      outputs[1].xyzw = temps[clamp(addrs[0].x, 0, 2)].xyzw;
      store_outputs();
      EmitVertex();
      temps[4].x = (temps[4].x + imms[0].y);
   }
   EndPrimitive();
}
